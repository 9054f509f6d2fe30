
      export type PossibleTypesResultData = {
  "possibleTypes": {
    "AddCampaignMemberResult": [
      "AddCampaignMemberPayload",
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "ArchiveCampaignResult": [
      "ArchiveCampaignPayload",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "CompareCampaignsResult": [
      "CompareCampaignsPayload",
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "CreateApiKeyResult": [
      "CreateApiKeyPayload",
      "ForbiddenError",
      "ValidationError"
    ],
    "CreateCampaignResult": [
      "CreateCampaignPayload",
      "CurrencyMismatchError",
      "ValidationError"
    ],
    "Error": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "LastAdminKeyError",
      "NotFoundError",
      "ValidationError"
    ],
    "ImportDataResult": [
      "ImportDataPayload",
      "ValidationError"
    ],
    "LinkCampaignPostsResult": [
      "ForbiddenError",
      "LinkCampaignPostsPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "Node": [
      "Account",
      "ApiKey",
      "Campaign",
      "CampaignMember",
      "Creator",
      "Organization",
      "Post"
    ],
    "PlanCampaignResult": [
      "CurrencyMismatchError",
      "PlanCampaignPayload",
      "ValidationError"
    ],
    "RecordCampaignResultsResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "RecordCampaignResultsPayload",
      "ValidationError"
    ],
    "RemoveCampaignMemberResult": [
      "ForbiddenError",
      "NotFoundError",
      "RemoveCampaignMemberPayload",
      "ValidationError"
    ],
    "RevokeApiKeyResult": [
      "LastAdminKeyError",
      "NotFoundError",
      "RevokeApiKeyPayload",
      "ValidationError"
    ],
    "UnlinkCampaignPostsResult": [
      "ForbiddenError",
      "NotFoundError",
      "UnlinkCampaignPostsPayload",
      "ValidationError"
    ],
    "UpdateCampaignMemberResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "UpdateCampaignMemberPayload",
      "ValidationError"
    ],
    "UpdateCampaignResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "UpdateCampaignPayload",
      "ValidationError"
    ]
  }
};
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "AddCampaignMemberResult": [
      "AddCampaignMemberPayload",
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "ArchiveCampaignResult": [
      "ArchiveCampaignPayload",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "CompareCampaignsResult": [
      "CompareCampaignsPayload",
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "ValidationError"
    ],
    "CreateApiKeyResult": [
      "CreateApiKeyPayload",
      "ForbiddenError",
      "ValidationError"
    ],
    "CreateCampaignResult": [
      "CreateCampaignPayload",
      "CurrencyMismatchError",
      "ValidationError"
    ],
    "Error": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "LastAdminKeyError",
      "NotFoundError",
      "ValidationError"
    ],
    "ImportDataResult": [
      "ImportDataPayload",
      "ValidationError"
    ],
    "LinkCampaignPostsResult": [
      "ForbiddenError",
      "LinkCampaignPostsPayload",
      "NotFoundError",
      "ValidationError"
    ],
    "Node": [
      "Account",
      "ApiKey",
      "Campaign",
      "CampaignMember",
      "Creator",
      "Organization",
      "Post"
    ],
    "PlanCampaignResult": [
      "CurrencyMismatchError",
      "PlanCampaignPayload",
      "ValidationError"
    ],
    "RecordCampaignResultsResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "RecordCampaignResultsPayload",
      "ValidationError"
    ],
    "RemoveCampaignMemberResult": [
      "ForbiddenError",
      "NotFoundError",
      "RemoveCampaignMemberPayload",
      "ValidationError"
    ],
    "RevokeApiKeyResult": [
      "LastAdminKeyError",
      "NotFoundError",
      "RevokeApiKeyPayload",
      "ValidationError"
    ],
    "UnlinkCampaignPostsResult": [
      "ForbiddenError",
      "NotFoundError",
      "UnlinkCampaignPostsPayload",
      "ValidationError"
    ],
    "UpdateCampaignMemberResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "UpdateCampaignMemberPayload",
      "ValidationError"
    ],
    "UpdateCampaignResult": [
      "CurrencyMismatchError",
      "ForbiddenError",
      "NotFoundError",
      "UpdateCampaignPayload",
      "ValidationError"
    ]
  }
};
      export default result;
    