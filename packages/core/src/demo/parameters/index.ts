/**
 * Every distribution the synthetic generator draws from, with where the number comes from. Published
 * figures differ between vendors, years and definitions (likes + comments versus all interactions),
 * so each value is "inside the published range", rounded, and says when it is our own assumption.
 * Rates are fractions (0.03 = 3%). One file per topic.
 */

export * from './commerce.js';
export * from './common.js';
export * from './creators.js';
export * from './followers.js';
export * from './posting.js';
export * from './text.js';
