/**
 * @generated SignedSource<<ea41e90e345f857dd50620a3e9a6992b>>
 * @lightSyntaxTransform
 */

/* tslint:disable */
/* eslint-disable */
// @ts-nocheck

import { ConcreteRequest } from 'relay-runtime';
export type CampaignGoal = "AWARENESS" | "CONVERSION" | "ENGAGEMENT";
export type CampaignStatus = "ACTIVE" | "ARCHIVED" | "COMPLETED" | "DRAFT";
export type CreateCampaignInput = {
  brand: string;
  budget: MoneyInput;
  currency: any;
  endsAt?: any | null | undefined;
  goal: CampaignGoal;
  name: string;
  startsAt: any;
  status?: CampaignStatus | null | undefined;
};
export type MoneyInput = {
  amountMinor: number;
  currency: any;
};
export type RelayInteropCreateCampaignMutation$variables = {
  input: CreateCampaignInput;
};
export type RelayInteropCreateCampaignMutation$data = {
  readonly createCampaign: {
    readonly __typename: string;
    readonly campaign?: {
      readonly id: string;
      readonly name: string;
    };
    readonly code?: string;
    readonly message?: string;
  } | null | undefined;
};
export type RelayInteropCreateCampaignMutation = {
  response: RelayInteropCreateCampaignMutation$data;
  variables: RelayInteropCreateCampaignMutation$variables;
};

const node: ConcreteRequest = (function(){
var v0 = [
  {
    "defaultValue": null,
    "kind": "LocalArgument",
    "name": "input"
  }
],
v1 = [
  {
    "alias": null,
    "args": [
      {
        "kind": "Variable",
        "name": "input",
        "variableName": "input"
      }
    ],
    "concreteType": null,
    "kind": "LinkedField",
    "name": "createCampaign",
    "plural": false,
    "selections": [
      {
        "alias": null,
        "args": null,
        "kind": "ScalarField",
        "name": "__typename",
        "storageKey": null
      },
      {
        "kind": "InlineFragment",
        "selections": [
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
              },
              {
                "alias": null,
                "args": null,
                "kind": "ScalarField",
                "name": "name",
                "storageKey": null
              }
            ],
            "storageKey": null
          }
        ],
        "type": "CreateCampaignPayload",
        "abstractKey": null
      },
      {
        "kind": "InlineFragment",
        "selections": [
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "code",
            "storageKey": null
          },
          {
            "alias": null,
            "args": null,
            "kind": "ScalarField",
            "name": "message",
            "storageKey": null
          }
        ],
        "type": "Error",
        "abstractKey": "__isError"
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
    "name": "RelayInteropCreateCampaignMutation",
    "selections": (v1/*:: as any*/),
    "type": "Mutation",
    "abstractKey": null
  },
  "kind": "Request",
  "operation": {
    "argumentDefinitions": (v0/*:: as any*/),
    "kind": "Operation",
    "name": "RelayInteropCreateCampaignMutation",
    "selections": (v1/*:: as any*/)
  },
  "params": {
    "cacheID": "69305f0fdf84f4b73227bb3b82a6bce3",
    "id": null,
    "metadata": {},
    "name": "RelayInteropCreateCampaignMutation",
    "operationKind": "mutation",
    "text": "mutation RelayInteropCreateCampaignMutation(\n  $input: CreateCampaignInput!\n) {\n  createCampaign(input: $input) {\n    __typename\n    ... on CreateCampaignPayload {\n      campaign {\n        id\n        name\n      }\n    }\n    ... on Error {\n      __isError: __typename\n      code\n      message\n    }\n  }\n}\n"
  }
};
})();

(node as any).hash = "586c3a5dd64f2cd92946205b5405e23f";

export default node;
