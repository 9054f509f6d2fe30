import type { CampaignGoal } from '../../enums.js';
import { DEFAULT_METRICS_CONFIG, type Platform } from '../../metrics/config.js';
import type { Niche } from './common.js';

// Money, brands and campaigns (all brand and organisation names are fictional).

/**
 * Quoted rate per post for ≈ 60% of accounts: the spec's rate card (USD midpoints, DEFAULT_METRICS_CONFIG)
 * × a platform factor × lognormal noise (sigma 0.35 keeps most quotes inside the published band of the
 * tier) × (own rate / benchmark)^0.3, since creators with better engagement charge more. Platform
 * factors are our assumption: YouTube integrations cost more per post, X posts less.
 */
export const QUOTED_RATE = {
  share: 0.6,
  currency: DEFAULT_METRICS_CONFIG.costs.rateCardCurrency,
  rateCardMinor: DEFAULT_METRICS_CONFIG.costs.rateCardMinor,
  platformFactor: { INSTAGRAM: 1, TIKTOK: 0.9, YOUTUBE: 1.6, X: 0.4 } as Readonly<Record<Platform, number>>,
  sigma: 0.35,
  engagementElasticity: 0.3,
} as const;

export const BRANDS: Readonly<Record<Niche, readonly string[]>> = {
  travel: ['Wayfarer Luggage', 'Northwind Outdoor', 'Atlas Stays', 'Skylark Air'],
  fashion: ['Maison Verre', 'Loom & Thread', 'Pallas Denim', 'Cobalt Street'],
  beauty: ['Lumen Skincare', 'Petal Lab', 'Aurora Cosmetics', 'Glow Theory'],
  photography: ['Aperture Works', 'Prism Optics', 'Darkroom Presets', 'Fieldframe'],
  food: ['Olive & Ember', 'Crumb Bakery Co.', 'Spoonful Kitchen', 'Greenleaf Farms'],
  lifestyle: ['Hearth Home', 'Daybreak Coffee', 'Calm Nest', 'Juniper Candles'],
  fitness: ['Stride Athletics', 'Peak Fuel', 'Corefit', 'Tempo Bands'],
  gaming: ['Pixel Forge', 'Respawn Energy', 'Nebula Headsets', 'Critical Hit Chairs'],
  tech: ['Voltline', 'Nimbus Cloud', 'Orbit Phones', 'Quanta Labs'],
  parenting: ['Little Sprout', 'Cradle & Co.', 'Tiny Trails', 'Kinder Meals'],
};

/**
 * Brands run bursts of 3–6 weeks (1–2 per brand over the history); during a burst a sponsored post is
 * `activeWeight` times likelier to be theirs. Concentrates a brand's posts in time, as real campaigns do.
 */
export const BRAND_BURSTS = { minBursts: 1, maxBursts: 2, minWeeks: 3, maxWeeks: 6, activeWeight: 8 } as const;

/**
 * Demo campaigns: all-MICRO squads of 10–15 creators against all-MACRO line-ups of 2–3, the comparison
 * the spec's planner makes. Fees: the account's quote (or the rate card) × 0.85–1.1 negotiated.
 * Return on ad spend for conversion campaigns: micro 1.5–3×, macro 0.8–2× (assumption, in line with
 * Later × Fohr's finding that smaller creators convert better); average order value 35–90 USD.
 */
export const CAMPAIGNS = {
  microMembers: { min: 10, max: 15 },
  macroMembers: { min: 2, max: 3 },
  microDeliverables: { min: 1, max: 3 },
  macroDeliverables: { min: 1, max: 2 },
  windowDays: 35,
  feeNegotiation: { min: 0.85, max: 1.1 },
  budgetHeadroom: { min: 1, max: 1.2 },
  roas: { MICRO: { min: 1.5, max: 3 }, MACRO: { min: 0.8, max: 2 } },
  averageOrderMinor: { min: 3_500, max: 9_000 },
} as const;

export const DEMO_ORGANIZATIONS: readonly { name: string; slug: string; goal: CampaignGoal }[] = [
  { name: 'Brightline Agency', slug: 'brightline', goal: 'AWARENESS' },
  { name: 'Harbor & Pine Media', slug: 'harbor-pine', goal: 'ENGAGEMENT' },
  { name: 'Kitefly Collective', slug: 'kitefly', goal: 'CONVERSION' },
];
