import type { Tier } from '@creatorgraph/core';
import {
  type CurrencyMismatchError,
  ERROR_SELECTIONS,
  graphql,
  type NotFoundError,
  type Typed,
  type ValidationError,
} from './testkit.js';

/** The documents of campaign-writes.test.ts, typed: every campaign mutation with its result union. */

export const CAMPAIGN = `id name brand goal status currency
  budget { amountMinor currency } revenue { amountMinor currency } conversions
  members { deliverables fee { amountMinor currency } account { id tier } }
  posts { id account { id } }`;

export const { base: BASE_ERRORS, notFound: NOT_FOUND, currency: CURRENCY } = ERROR_SELECTIONS;
const ERRORS = `${BASE_ERRORS} ${NOT_FOUND}`;
export const MONEY_ERRORS = `${ERRORS} ${CURRENCY}`;

export interface Money {
  amountMinor: number;
  currency: string;
}
export interface CampaignShape {
  id: string;
  name: string;
  brand: string;
  goal: string;
  status: string;
  currency: string;
  budget: Money;
  revenue: Money | null;
  conversions: number | null;
  members: { deliverables: number; fee: Money | null; account: { id: string; tier: Tier } }[];
  posts: { id: string; account: { id: string } }[];
}
interface CampaignInput {
  name: string;
  brand: string;
  goal: string;
  status?: string;
  currency: string;
  budget: Money;
  startsAt: string;
  endsAt?: string | null;
}
export interface MemberInput {
  campaignId: string;
  accountId: string;
  fee?: Money | null;
  deliverables?: number;
  kind?: string | null;
}
export type Errors = ValidationError | NotFoundError;
export type MoneyErrors = Errors | CurrencyMismatchError;
type Ids = { id: string }[];
type PostsVariables = { campaignId: string; postIds: string[] };

export const M = {
  create: graphql<
    {
      createCampaign:
        | Typed<'CreateCampaignPayload', { campaign: CampaignShape }>
        | ValidationError
        | CurrencyMismatchError;
    },
    { input: CampaignInput }
  >(
    `mutation($input: CreateCampaignInput!) {
    createCampaign(input: $input) { __typename ... on CreateCampaignPayload { campaign { ${CAMPAIGN} } } ${BASE_ERRORS} ${CURRENCY} } }`,
  ),
  update: graphql<
    { updateCampaign: Typed<'UpdateCampaignPayload', { campaign: CampaignShape }> | MoneyErrors },
    { id: string; input: Partial<CampaignInput> }
  >(
    `mutation($id: ID!, $input: UpdateCampaignInput!) {
    updateCampaign(id: $id, input: $input) { __typename ... on UpdateCampaignPayload { campaign { ${CAMPAIGN} } } ${MONEY_ERRORS} } }`,
  ),
  archive: graphql<
    { archiveCampaign: Typed<'ArchiveCampaignPayload', { campaign: { id: string; status: string } }> | Errors },
    { id: string }
  >(
    `mutation($id: ID!) {
    archiveCampaign(id: $id) { __typename ... on ArchiveCampaignPayload { campaign { id status } } ${ERRORS} } }`,
  ),
  addMember: graphql<
    {
      addCampaignMember:
        | Typed<
            'AddCampaignMemberPayload',
            {
              member: { deliverables: number; kind: string; fee: Money | null; account: { id: string } };
              campaign: CampaignShape;
            }
          >
        | MoneyErrors;
    },
    { input: MemberInput }
  >(
    `mutation($input: AddCampaignMemberInput!) {
    addCampaignMember(input: $input) {
      __typename
      ... on AddCampaignMemberPayload { member { deliverables kind fee { amountMinor currency } account { id } } campaign { ${CAMPAIGN} } }
      ${MONEY_ERRORS} } }`,
  ),
  updateMember: graphql<
    {
      updateCampaignMember:
        | Typed<
            'UpdateCampaignMemberPayload',
            {
              member: { deliverables: number; kind: string; fee: { amountMinor: number } | null };
              campaign: { id: string };
            }
          >
        | MoneyErrors;
    },
    { input: MemberInput }
  >(
    `mutation($input: UpdateCampaignMemberInput!) {
    updateCampaignMember(input: $input) {
      __typename ... on UpdateCampaignMemberPayload { member { deliverables kind fee { amountMinor } } campaign { id } } ${MONEY_ERRORS} } }`,
  ),
  removeMember: graphql<
    {
      removeCampaignMember:
        | Typed<'RemoveCampaignMemberPayload', { unlinkedPosts: Ids; campaign: CampaignShape }>
        | Errors;
    },
    { input: MemberInput }
  >(
    `mutation($input: RemoveCampaignMemberInput!) {
    removeCampaignMember(input: $input) {
      __typename ... on RemoveCampaignMemberPayload { unlinkedPosts { id } campaign { ${CAMPAIGN} } } ${ERRORS} } }`,
  ),
  link: graphql<
    { linkCampaignPosts: Typed<'LinkCampaignPostsPayload', { linkedPosts: Ids; campaign: CampaignShape }> | Errors },
    PostsVariables
  >(
    `mutation($campaignId: ID!, $postIds: [ID!]!) {
    linkCampaignPosts(campaignId: $campaignId, postIds: $postIds) {
      __typename ... on LinkCampaignPostsPayload { linkedPosts { id } campaign { ${CAMPAIGN} } } ${ERRORS} } }`,
  ),
  unlink: graphql<
    {
      unlinkCampaignPosts:
        | Typed<'UnlinkCampaignPostsPayload', { unlinkedPosts: Ids; campaign: { id: string } }>
        | Errors;
    },
    PostsVariables
  >(
    `mutation($campaignId: ID!, $postIds: [ID!]!) {
    unlinkCampaignPosts(campaignId: $campaignId, postIds: $postIds) {
      __typename ... on UnlinkCampaignPostsPayload { unlinkedPosts { id } campaign { id } } ${ERRORS} } }`,
  ),
  results: graphql<
    { recordCampaignResults: Typed<'RecordCampaignResultsPayload', { campaign: CampaignShape }> | MoneyErrors },
    { campaignId: string; input: { revenue?: Money | null; conversions?: number | null } }
  >(
    `mutation($campaignId: ID!, $input: RecordCampaignResultsInput!) {
    recordCampaignResults(campaignId: $campaignId, input: $input) {
      __typename ... on RecordCampaignResultsPayload { campaign { ${CAMPAIGN} } } ${MONEY_ERRORS} } }`,
  ),
};

export const CAMPAIGN_READ = graphql<{ campaign: CampaignShape | null }, { id: string }>(
  `query($id: ID!) { campaign(id: $id) { ${CAMPAIGN} } }`,
);

export const ID_READ = graphql<{ campaign: { id: string } | null }, { id: string }>(
  'query($id: ID!) { campaign(id: $id) { id } }',
);

export interface MetricsUpdate {
  reason: string;
  at: string;
  campaign: { id: string; members: { account: { id: string } }[] };
}
export const SUBSCRIPTION = `subscription($id: ID!) {
  campaignMetricsUpdated(campaignId: $id) { reason at campaign { id members { account { id } } } } }`;
