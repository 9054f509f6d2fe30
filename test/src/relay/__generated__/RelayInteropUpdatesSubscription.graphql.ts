/**
 * @generated SignedSource<<23b6265aa9fc03602478eadc3615a222>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CampaignUpdateReason = "MEMBER_ADDED" | "MEMBER_REMOVED" | "MEMBER_UPDATED" | "POSTS_LINKED" | "POSTS_UNLINKED" | "RESULTS_RECORDED";
export type RelayInteropUpdatesSubscription$variables = {
  campaignId: string;
};
export type RelayInteropUpdatesSubscription$data = {
  readonly campaignMetricsUpdated: {
    readonly campaign: {
      readonly id: string;
    };
    readonly reason: CampaignUpdateReason;
  };
};
export type RelayInteropUpdatesSubscription = {
  response: RelayInteropUpdatesSubscription$data;
  variables: RelayInteropUpdatesSubscription$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "campaignId"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "campaignId",
        "variableName": "campaignId"
      }
    ],
    "concreteType": "CampaignMetricsUpdate",
    "kind": "LinkedField",
    "name": "campaignMetricsUpdated",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "reason",
        "storageKey": null
      },
      {
        "alias": null,
        "args": null,
        "concreteType": "Campaign",
        "kind": "LinkedField",
        "name": "campaign",
        "plural": false,
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "id",
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
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Fragment",
    "metadata": null,
    "name": "RelayInteropUpdatesSubscription",
    "selections": (v1/*:: as any*/),
    "type": "Subscription",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RelayInteropUpdatesSubscription",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "416c6d83c9ec309330d6bad7d3cd823b",
    "id": null,
    "metadata": {},
    "name": "RelayInteropUpdatesSubscription",
    "operationKind": "subscription",
    "text": "subscription RelayInteropUpdatesSubscription(\n  $campaignId: ID!\n) {\n  campaignMetricsUpdated(campaignId: $campaignId) {\n    reason\n    campaign {\n      id\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "8d4806d65253df8bc5006c805e989e36";

export default node;
