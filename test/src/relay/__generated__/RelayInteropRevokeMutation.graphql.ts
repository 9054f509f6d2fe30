/**
 * @generated SignedSource<<0761a2aca46d267eee2f02225adc4dd7>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type RelayInteropRevokeMutation$variables = {
  prefix: string;
};
export type RelayInteropRevokeMutation$data = {
  readonly revokeApiKey: {
    readonly apiKey?: {
      readonly id: string;
      readonly revokedAt: any | null | undefined;
    };
  } | null | undefined;
};
export type RelayInteropRevokeMutation = {
  response: RelayInteropRevokeMutation$data;
  variables: RelayInteropRevokeMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "prefix"
  }
],
v1 = [
  {
    "kind": "Variable",
    "name": "prefix",
    "variableName": "prefix"
  }
],
v2 = {
  "kind": "InlineFragment",
  "selections": [
    {
      "alias": null,
      "args": null,
      "concreteType": "ApiKey",
      "kind": "LinkedField",
      "name": "apiKey",
      "plural": false,
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
          "name": "revokedAt",
          "storageKey": null
        }
      ],
      "storageKey": null
    }
  ],
  "type": "RevokeApiKeyPayload",
  "abstractKey": null
};
return {
  "fragment": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayInteropRevokeMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "revokeApiKey",
        "plural": false,
        "selections": [
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ],
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RelayInteropRevokeMutation",
    "selections": [
      {
        "alias": null,
        "args": (v1/*:: as any*/),
        "concreteType": null,
        "kind": "LinkedField",
        "name": "revokeApiKey",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "__typename",
            "storageKey": null
          },
          (v2/*:: as any*/)
        ],
        "storageKey": null
      }
    ]
  },
  "params": {
    "cacheID": "e61b4e02fbcd898b22eb8af7a395a609",
    "id": null,
    "metadata": {},
    "name": "RelayInteropRevokeMutation",
    "operationKind": "mutation",
    "text": "mutation RelayInteropRevokeMutation(\n  $prefix: String!\n) {\n  revokeApiKey(prefix: $prefix) {\n    __typename\n    ... on RevokeApiKeyPayload {\n      apiKey {\n        id\n        revokedAt\n      }\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "76113431ad38195d998dadae232e2185";

export default node;
