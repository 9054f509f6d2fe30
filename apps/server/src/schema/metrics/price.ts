import { type AccountPrice, accountPrice, classifyTier, type FxConversion, type PostKind } from '@creatorgraph/core';
import { builder } from '../../builder.js';
import { PostKindEnum } from '../common/enums.js';
import { MoneyRef } from '../common/money.js';
import { AccountRef } from '../creators.js';

/** `Account.price`: what one post of a kind costs (docs/metrics.md, "Prices by platform and format"). */

export const FxConversionRef = builder.objectRef<FxConversion>('FxConversion').implement({
  description:
    'How an amount was converted between currencies: through the configured exchange-rate table (see `metricsConfig.fx`), dated and sourced; approximate.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'ISO 4217 code of the amount as quoted.' }),
    to: t.exposeString('to', { description: 'ISO 4217 code it was converted into.' }),
    rate: t.exposeFloat('rate', {
      description:
        'Units of `to` per unit of `from` (USD per `from` ÷ USD per `to`); the amount is × this, rounded to whole minor units.',
    }),
    asOf: t.field({ type: 'DateTime', description: 'Date of the exchange rates.', resolve: (c) => c.asOf }),
    source: t.exposeString('source', { description: 'Where the exchange rates come from.' }),
  }),
});

export const PriceRef = builder.objectRef<AccountPrice>('Price').implement({
  description: "An account's price for one post of a kind, with the rule that produced it.",
  fields: (t) => ({
    amount: t.field({ type: MoneyRef, description: 'The price of one post.', resolve: (p) => p.amount }),
    estimated: t.exposeBoolean('estimated', {
      description: 'True for a rate-card estimate; false when the account quotes a rate.',
    }),
    method: t.exposeString('method', {
      description:
        'The rule in words: "quoted rate × 1.45 (REEL)", or "rate card MICRO 300 USD × 0.8 (TIKTOK) × 1.45 (REEL)" (rate-card midpoint of the tier × platform multiplier × kind multiplier).',
    }),
    conversion: t.field({
      type: FxConversionRef,
      nullable: true,
      description: 'How the amount was converted into the currency asked for; null when no conversion was needed.',
      resolve: (p) => p.conversion,
    }),
  }),
});

builder.objectField(AccountRef, 'price', (t) =>
  t.field({
    type: PriceRef,
    description:
      'What one post of `kind` by this account costs: its quoted rate × the kind multiplier, else the rate-card midpoint of its tier (by current followers) × the platform and kind multipliers, rounded to minor units; converted into `currency` when given. CURRENCY_MISMATCH when no exchange rate is configured for the currency (see `metricsConfig.fx`).',
    args: {
      kind: t.arg({
        type: PostKindEnum,
        defaultValue: 'PHOTO',
        description: 'The kind of post to price (default PHOTO).',
      }),
      currency: t.arg({
        type: 'Currency',
        description: 'ISO 4217 currency to answer in; omitted: the currency of the quote or of the rate card (USD).',
      }),
    },
    // The account row already carries platform, followers and the quoted rate: no statement is needed.
    resolve: (account, args, ctx) =>
      accountPrice(
        {
          platform: account.platform,
          tier: classifyTier(account.followers, ctx.metrics.config.tierScheme),
          ratePerPostMinor: account.ratePerPostMinor,
          rateCurrency: account.rateCurrency,
        },
        (args.kind ?? 'PHOTO') as PostKind,
        args.currency ?? null,
        ctx.metrics.config.costs,
      ),
  }),
);
