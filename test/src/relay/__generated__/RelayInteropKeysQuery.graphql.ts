/**
 * @generated SignedSource<<8f492183835bc748db61a92752f37f89>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelayInteropKeysQuery$variables = Record<PropertyKey, never>;
export type RelayInteropKeysQuery$data = {
  readonly viewer: {
    readonly apiKeys: ReadonlyArray<{
      readonly id: string;
      readonly prefix: string;
      readonly revokedAt: any | null | undefined;
    }>;
  };
};
export type RelayInteropKeysQuery = {
  response: RelayInteropKeysQuery$data;
  variables: RelayInteropKeysQuery$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "alias": null,
    "args": null,
    "concreteType": "Viewer",
    "kind": "LinkedField",
    "name": "viewer",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "concreteType": "ApiKey",
        "kind": "LinkedField",
        "name": "apiKeys",
        "plural": true,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "prefix",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "revokedAt",
            "storageKey": null
          }
        ],
        "storageKey": null
      }
    ],
    "storageKey": null
  }
];
return {
  "fragment": {
    "argumentDefinitions": [],
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayInteropKeysQuery",
    "selections": (v0/*:: as any*/),
    "type": "Query",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": [],
    "kind": "Operation",
    "name": "RelayInteropKeysQuery",
    "selections": (v0/*:: as any*/)
  },
  "params": {
    "cacheID": "1f3f90ef49237af04569ab2486c8a1f8",
    "id": null,
    "metadata": {},
    "name": "RelayInteropKeysQuery",
    "operationKind": "query",
    "text": "query RelayInteropKeysQuery {\n  viewer {\n    apiKeys {\n      id\n      prefix\n      revokedAt\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "15d31ebe0ef2eb5e582c28e9ad742325";

export default node;
