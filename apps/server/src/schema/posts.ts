import { type CatalogPost, type PartialPost, POST_FIELDS, type PostField } from '@creatorgraph/core';
import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode } from 'graphql';
import { builder } from '../builder.js';
import { type Context, loadExisting, loaders, loadNodes, prime } from '../context.js';
import { connectionTotalCount, firstPage, nestedFirst, toConnection } from './common/connection.js';
import { PlatformEnum, PostKindEnum, SortDirectionEnum } from './common/enums.js';
import { idOf } from './common/ids.js';
import { AccountRef, CreatorRef } from './creators.js';

// Backed by plain rows, not entities (see PostService): lists read only the fields a request asks for.
export const PostRef = builder.objectRef<PartialPost>('Post');

const POST_FIELD_NAMES: ReadonlySet<string> = new Set(POST_FIELDS);
const fieldsAsked = new WeakMap<readonly FieldNode[], PostField[]>();

/**
 * The post fields the document asks for anywhere under this field, through fragments too. It may name more
 * than needed (directives are ignored, and a nested type's field of the same name counts), never fewer.
 * Cached per field of the (cached) document.
 */
function postFieldsAsked(info: GraphQLResolveInfo): PostField[] {
  const cached = fieldsAsked.get(info.fieldNodes);
  if (cached) return cached;
  const names = new Set<string>();
  const fragments = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): void => {
    for (const s of set?.selections ?? []) {
      if (s.kind === Kind.FIELD) {
        if (POST_FIELD_NAMES.has(s.name.value)) names.add(s.name.value);
        visit(s.selectionSet);
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        visit(s.selectionSet);
      } else if (!fragments.has(s.name.value)) {
        fragments.add(s.name.value);
        visit(info.fragments[s.name.value]?.selectionSet);
      }
    }
  };
  for (const node of info.fieldNodes) visit(node.selectionSet);
  const fields = POST_FIELDS.filter((f) => names.has(f));
  fieldsAsked.set(info.fieldNodes, fields);
  return fields;
}

/** Gives rows that carry every field to the post loader (a partial row would answer other fields wrong). */
function primePosts(ctx: Context, fields: readonly PostField[], posts: readonly PartialPost[]): void {
  if (fields.length === POST_FIELDS.length) prime(loaders.post(ctx), posts as CatalogPost[]);
}

/** A field of a post: from its row, or from the full row when the list that read it left the field out. */
function fieldOf<F extends PostField>(
  ctx: Context,
  p: PartialPost,
  field: F,
): CatalogPost[F] | Promise<CatalogPost[F]> {
  const value = p[field];
  if (value !== undefined) return value as CatalogPost[F];
  return loadExisting(loaders.post(ctx), p.id, 'post').then((full) => full[field]);
}

const COUNTS: Record<'likes' | 'comments' | 'shares' | 'saves' | 'views' | 'reach' | 'impressions', string> = {
  likes: 'Likes.',
  comments: 'Comments.',
  shares: 'Shares or reposts.',
  saves: 'Saves or bookmarks.',
  views: 'Video views.',
  reach: 'Unique accounts reached (creator-shared insight).',
  impressions: 'Times shown (creator-shared insight).',
};

builder.node(PostRef, {
  description: 'One piece of content published by an account.',
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => loadNodes(loaders.post(ctx), ids, 'Post'),
  fields: (t) => ({
    platform: t.field({
      type: PlatformEnum,
      description: 'Where it was published.',
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'platform'),
    }),
    externalId: t.string({
      description: "The platform's own id for the post.",
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'externalId'),
    }),
    postedAt: t.field({ type: 'DateTime', description: 'When it was published (UTC).', resolve: (p) => p.postedAt }),
    kind: t.field({
      type: PostKindEnum,
      description: 'Format of the post.',
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'kind'),
    }),
    caption: t.string({
      nullable: true,
      description: 'Caption text.',
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'caption'),
    }),
    sponsored: t.boolean({
      description: 'Disclosed as paid partnership or ad.',
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'sponsored'),
    }),
    brand: t.string({
      nullable: true,
      description: 'Partner brand of a sponsored post.',
      resolve: (p, _args, ctx) => fieldOf(ctx, p, 'brand'),
    }),
    ...Object.fromEntries(
      Object.entries(COUNTS).map(([name, description]) => [
        name,
        t.int({
          nullable: true,
          description: `${description} Null when the platform does not report it.`,
          resolve: (p, _args, ctx) => fieldOf(ctx, p, name as keyof typeof COUNTS),
        }),
      ]),
    ),
    account: t.field({
      type: AccountRef,
      description: 'The account that published it.',
      resolve: (p, _args, ctx) => loadExisting(loaders.account(ctx), p.accountId, 'account'),
    }),
  }),
});

/** One connection type for every list of posts, so one client fragment (and cache policy) serves all. */
const PostConnectionRef = builder.connectionObject(
  { type: PostRef, name: 'PostConnection', description: 'A page of posts.', ...connectionTotalCount },
  { name: 'PostEdge', description: 'A post and its cursor.' },
);

// The posts domain adds an account's posts (so creators.ts needs nothing from here).
builder.objectField(AccountRef, 'posts', (t) =>
  t.connection(
    {
      type: PostRef,
      description: 'Latest posts first. Nested lists take `first` only; page further with the top-level `posts` query.',
      args: {
        sponsored: t.arg.boolean({ description: 'Only sponsored (true) or only organic (false) posts.' }),
      },
      resolve: async (a, args, ctx, info) => {
        const first = nestedFirst(args, 'posts');
        const sponsored = args.sponsored ?? null;
        const fields = postFieldsAsked(info);
        // One extra post per account tells whether more follow.
        const rows =
          (await ctx
            .loader<number, PartialPost[]>(`accountPosts:${first + 1}:${sponsored}:${fields}`, async (keys) => {
              const map = await ctx.posts.latestByAccountIds(keys, first + 1, sponsored, fields);
              for (const list of map.values()) primePosts(ctx, fields, list);
              return keys.map((k) => map.get(k) ?? []);
            })
            .load(a.id)) ?? [];
        const totalCount = async () =>
          (await ctx
            .loader<number, number>(`accountPostCount:${sponsored}`, async (keys) => {
              const map = await ctx.posts.countByAccountIds(keys, sponsored);
              return keys.map((k) => map.get(k) ?? 0);
            })
            .load(a.id)) ?? 0;
        // Cursors as the top-level `posts` query (newest first) issues them.
        return toConnection(firstPage(rows, first, (p) => p.postedAt, totalCount));
      },
    },
    PostConnectionRef,
  ),
);

const PostFilterInput = builder.inputType('PostFilter', {
  description: 'Narrows the posts list. All given conditions must hold.',
  fields: (t) => ({
    account: t.globalID({ for: AccountRef, description: 'Posts of this account.' }),
    creator: t.globalID({ for: CreatorRef, description: 'Posts of any account of this creator.' }),
    platform: t.field({ type: PlatformEnum, description: 'Posts on this platform.' }),
    postedAfter: t.field({ type: 'DateTime', description: 'Published at or after this time.' }),
    postedBefore: t.field({ type: 'DateTime', description: 'Published at or before this time.' }),
    sponsored: t.boolean({ description: 'Only sponsored (true) or only organic (false).' }),
    kinds: t.field({ type: [PostKindEnum], description: 'Any of these formats.' }),
    brand: t.string({
      description:
        'Sponsored posts naming this partner brand: exact match ignoring case and surrounding spaces ("acme" matches "Acme", not "Acme Foods"). 1–200 characters.',
    }),
  }),
});

builder.queryFields((t) => ({
  posts: t.connection(
    {
      type: PostRef,
      authScopes: { read: true },
      description: 'Posts matching a filter, newest first by default. `first` is 1–100 (default 20).',
      args: {
        filter: t.arg({ type: PostFilterInput, description: 'Conditions posts must meet.' }),
        direction: t.arg({
          type: SortDirectionEnum,
          description: 'By publication time; DESC (newest first) by default.',
        }),
      },
      resolve: async (_root, args, ctx, info) => {
        const f = args.filter;
        const fields = postFieldsAsked(info);
        const page = await ctx.posts.list(
          {
            accountId: f?.account ? idOf(f.account) : null,
            creatorId: f?.creator ? idOf(f.creator) : null,
            platform: f?.platform ?? null,
            postedAfter: f?.postedAfter ?? null,
            postedBefore: f?.postedBefore ?? null,
            sponsored: f?.sponsored ?? null,
            kinds: f?.kinds ?? null,
            brand: f?.brand ?? null,
          },
          args.direction ?? 'DESC',
          args,
          fields,
        );
        primePosts(ctx, fields, page.items);
        return toConnection(page);
      },
    },
    PostConnectionRef,
  ),
}));
