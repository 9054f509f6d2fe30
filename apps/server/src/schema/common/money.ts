import type { FieldRef } from '@pothos/core';
import { builder, type Types } from '../../builder.js';

export interface MoneyShape {
  amountMinor: number;
  currency: string;
}

export const MoneyRef = builder.objectRef<MoneyShape>('Money').implement({
  description: 'An amount of money in integer minor units (cents for USD) with its ISO 4217 currency.',
  fields: (t) => ({
    amountMinor: t.exposeInt('amountMinor', { description: 'Amount in minor units, e.g. 12345 = 123.45 USD.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code.' }),
  }),
});

export const MoneyInput = builder.inputType('MoneyInput', {
  description: 'An amount of money in integer minor units with its ISO 4217 currency.',
  fields: (t) => ({
    amountMinor: t.int({ required: true, description: 'Amount in minor units (cents for USD); not negative.' }),
    currency: t.field({ type: 'Currency', required: true, description: 'ISO 4217 currency code.' }),
  }),
});

/** A unit cost or a median of amounts: minor units, not rounded (a CPE of 0.37 cents is meaningful). */
export interface MoneyRateShape {
  amountMinor: number;
  currency: string;
}

export const MoneyRateRef = builder.objectRef<MoneyRateShape>('MoneyRate').implement({
  description:
    'A unit cost (per engagement, per thousand impressions, per view) or a median of amounts: minor units of `currency`, not rounded (0.37 = 0.37 cents for USD).',
  fields: (t) => ({
    amountMinor: t.exposeFloat('amountMinor', { description: 'Minor units, fractional.' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 currency code.' }),
  }),
});

/** A unit cost, or null when it is undefined (nothing to divide by). */
export const rate = (amountMinor: number | null, currency: string): MoneyRateShape | null =>
  amountMinor === null ? null : { amountMinor, currency };

/** An amount of money: whole minor units. */
export const money = (amountMinor: number, currency: string): MoneyShape => ({
  amountMinor: Math.round(amountMinor),
  currency,
});

/**
 * Nullable MoneyRate fields of an object, in declaration order: each a description and its amount of the
 * parent (null when undefined), all in the parent's `currency`.
 */
export function rateFields<P, K extends string>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, P>,
  currency: (parent: P) => string,
  fields: Record<K, [description: string, amount: (parent: P) => number | null]>,
): Record<K, FieldRef<Types, MoneyRateShape | null, 'Object'>> {
  const entries = Object.entries<(typeof fields)[K]>(fields).map(([name, [description, amount]]) => [
    name,
    t.field({ type: MoneyRateRef, nullable: true, description, resolve: (p) => rate(amount(p), currency(p)) }),
  ]);
  return Object.fromEntries(entries);
}
