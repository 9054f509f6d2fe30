import { graphql } from 'relay-runtime';

/**
 * The Relay operations of the interop suite, read by relay-compiler only (`npm run relay -w test`): the
 * suite imports the artifacts it generates in __generated__. Never called: without Babel's Relay
 * plugin the `graphql` tag throws at run time.
 */
export const relayDocuments = () => [
  graphql`
    query RelayInteropCreatorsQuery($first: Int!, $after: String) {
      creators(first: $first, after: $after, filter: { tier: MICRO }) @connection(key: "RelayInterop_creators") {
        totalCount
        edges {
          cursor
          node {
            id
            name
            metricAccount {
              id
              engagement {
                value
                sampleSize
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  `,
  graphql`
    mutation RelayInteropCreateCampaignMutation($input: CreateCampaignInput!) {
      createCampaign(input: $input) {
        __typename
        ... on CreateCampaignPayload {
          campaign {
            id
            name
          }
        }
        ... on Error {
          code
          message
        }
      }
    }
  `,
  graphql`
    query RelayInteropKeysQuery {
      viewer {
        apiKeys {
          id
          prefix
          revokedAt
        }
      }
    }
  `,
  graphql`
    mutation RelayInteropRevokeMutation($prefix: String!) {
      revokeApiKey(prefix: $prefix) {
        ... on RevokeApiKeyPayload {
          apiKey {
            id
            revokedAt
          }
        }
      }
    }
  `,
  graphql`
    subscription RelayInteropUpdatesSubscription($campaignId: ID!) {
      campaignMetricsUpdated(campaignId: $campaignId) {
        reason
        campaign {
          id
        }
      }
    }
  `,
];
