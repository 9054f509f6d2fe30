import type { IPost } from '@creatorgraph/core';
import { builder } from '../builder.js';
import { loadExisting, loaders, loadNodes } from '../context.js';
import { connectionTotalCount, firstPage, nestedFirst, toConnection } from './common/connection.js';
import { PlatformEnum, PostKindEnum, SortDirectionEnum } from './common/enums.js';
import { idOf } from './common/ids.js';
import { AccountRef, CreatorRef } from './creators.js';

export const PostRef = builder.objectRef<IPost>('Post');

const count = (description: string, get: (p: IPost) => number | null | undefined) => ({
  description: `${description} Null when the platform does not report it.`,
  get,
});

const COUNTS = {
  likes: count('Likes.', (p) => p.likes),
  comments: count('Comments.', (p) => p.comments),
  shares: count('Shares or reposts.', (p) => p.shares),
  saves: count('Saves or bookmarks.', (p) => p.saves),
  views: count('Video views.', (p) => p.views),
  reach: count('Unique accounts reached (creator-shared insight).', (p) => p.reach),
  impressions: count('Times shown (creator-shared insight).', (p) => p.impressions),
};

builder.node(PostRef, {
  description: 'One piece of content published by an account.',
  id: { resolve: (p) => p.id },
  loadMany: (ids, ctx) => loadNodes(loaders.post(ctx), ids),
  fields: (t) => ({
    platform: t.field({ type: PlatformEnum, description: 'Where it was published.', resolve: (p) => p.platform }),
    externalId: t.exposeString('externalId', { description: "The platform's own id for the post." }),
    postedAt: t.field({ type: 'DateTime', description: 'When it was published (UTC).', resolve: (p) => p.postedAt }),
    kind: t.field({ type: PostKindEnum, description: 'Format of the post.', resolve: (p) => p.kind }),
    caption: t.string({ nullable: true, description: 'Caption text.', resolve: (p) => p.caption ?? null }),
    sponsored: t.exposeBoolean('sponsored', { description: 'Disclosed as paid partnership or ad.' }),
    brand: t.string({
      nullable: true,
      description: 'Partner brand of a sponsored post.',
      resolve: (p) => p.brand ?? null,
    }),
    ...Object.fromEntries(
      Object.entries(COUNTS).map(([name, c]) => [
        name,
        t.int({ nullable: true, description: c.description, resolve: (p) => c.get(p) ?? null }),
      ]),
    ),
    account: t.field({
      type: AccountRef,
      description: 'The account that published it.',
      resolve: (p, _args, ctx) => loadExisting(loaders.account(ctx), (p.account as { id: number }).id, 'account'),
    }),
  }),
});

// The posts domain adds an account's posts (so creators.ts needs nothing from here).
builder.objectField(AccountRef, 'posts', (t) =>
  t.connection(
    {
      type: PostRef,
      description: 'Latest posts first. Nested lists take `first` only; page further with the top-level `posts` query.',
      args: {
        sponsored: t.arg.boolean({ description: 'Only sponsored (true) or only organic (false) posts.' }),
      },
      resolve: async (a, args, ctx) => {
        const first = nestedFirst(args, 'posts');
        const sponsored = args.sponsored ?? null;
        // One extra post per account tells whether more follow.
        const rows =
          (await ctx
            .loader<number, IPost[]>(`accountPosts:${first + 1}:${sponsored}`, async (keys) => {
              const map = await ctx.posts.latestByAccountIds(keys, first + 1, sponsored);
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
    { name: 'AccountPostConnection', description: "A page of an account's posts.", ...connectionTotalCount },
    { name: 'AccountPostEdge', description: 'A post and its cursor.' },
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
      resolve: async (_root, args, ctx) => {
        const f = args.filter;
        const page = await ctx.posts.list(
          {
            accountId: f?.account ? idOf(f.account) : null,
            creatorId: f?.creator ? idOf(f.creator) : null,
            platform: f?.platform ?? null,
            postedAfter: f?.postedAfter ?? null,
            postedBefore: f?.postedBefore ?? null,
            sponsored: f?.sponsored ?? null,
            kinds: f?.kinds ?? null,
          },
          args.direction ?? 'DESC',
          args,
        );
        return toConnection(page);
      },
    },
    { name: 'PostConnection', description: 'A page of posts.', ...connectionTotalCount },
    { name: 'PostEdge', description: 'A post and its cursor.' },
  ),
}));
