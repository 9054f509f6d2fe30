import { uniformFloat64 } from 'pure-rand/distribution/uniformFloat64';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';

/**
 * Seeded randomness for the synthetic data generator: pure-rand's xoroshiro128+ (mutable, fast) plus
 * the samplers the generator needs. Nothing here reads Math.random or the clock, so a seed fixes the
 * whole output.
 */

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Folds a seed (any safe integer) and stream keys into one 32-bit hash. */
export function hashKeys(seed: number, keys: readonly number[] = []): number {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed must be a safe integer, got ${seed}`);
  const low = seed >>> 0;
  const high = Math.floor(seed / 0x1_0000_0000) >>> 0;
  let h = mix32(low ^ 0x9e3779b9);
  h = mix32(h ^ mix32(high + 0x7f4a7c15));
  for (const key of keys) h = mix32(h ^ mix32((key | 0) + 0x632be5ab));
  return h;
}

/** log Γ(x) by Lanczos (g = 7, n = 9): ample precision for the Poisson rejection test. */
function logGamma(x: number): number {
  const c = [
    0.9999999999998099, 676.5203681218851, -1259.1392167224028, 771.3234287776531, -176.6150291621406,
    12.507343278686905, -0.13857109526572012, 9.984369578019572e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0] as number;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += (c[i] as number) / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

export class Random {
  private readonly rng: JumpableRandomGenerator;
  private spareNormal: number | null = null;

  private constructor(rng: JumpableRandomGenerator) {
    this.rng = rng;
  }

  /**
   * An independent stream for (seed, ...keys). The 128-bit state comes from hashing, not from
   * xoroshiro128plus(seed), whose first outputs echo the seed and correlate across nearby seeds.
   */
  static stream(seed: number, ...keys: number[]): Random {
    const h = hashKeys(seed, keys);
    const state: number[] = [];
    for (let i = 1; i <= 4; i++) state.push(mix32(h + Math.imul(i, 0x9e3779b9)) | 0);
    // xoroshiro's all-zero state is a fixed point.
    if (!state.some((word) => word !== 0)) state[0] = 1;
    return new Random(xoroshiro128plusFromState(state));
  }

  /** Uniform in [0, 1), 53 random bits. */
  next(): number {
    return uniformFloat64(this.rng);
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) {
      throw new RangeError(`int(${min}, ${max}) needs integers with min <= max`);
    }
    return uniformInt(this.rng, min, max);
  }

  bool(probability: number): boolean {
    return this.next() < probability;
  }

  /** Box–Muller; the second variate of each pair is kept for the next call. */
  normal(mean = 0, sd = 1): number {
    if (this.spareNormal !== null) {
      const z = this.spareNormal;
      this.spareNormal = null;
      return mean + sd * z;
    }
    // 1 − u keeps the log argument in (0, 1].
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    return mean + sd * radius * Math.cos(angle);
  }

  /** exp(N(mu, sigma²)); the median is e^mu. */
  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /** Lognormal parameterised by its median, which reads better next to published medians. */
  lognormalMedian(median: number, sigma: number): number {
    return median * Math.exp(this.normal(0, sigma));
  }

  /** Gamma(shape, scale) by Marsaglia & Tsang (2000); shape < 1 via the U^(1/shape) boost. */
  gamma(shape: number, scale = 1): number {
    if (!(shape > 0) || !(scale > 0)) throw new RangeError(`gamma(${shape}, ${scale}) needs positive parameters`);
    if (shape < 1) return this.gamma(shape + 1, scale) * (1 - this.next()) ** (1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = 1 - this.next();
      if (u < 1 - 0.0331 * x * x * x * x) return d * v * scale;
      if (Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v * scale;
    }
  }

  /** Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b). */
  beta(a: number, b: number): number {
    const x = this.gamma(a);
    const y = this.gamma(b);
    return x / (x + y);
  }

  /** Beta with a given mean and concentration a + b: easier to read than (a, b). */
  betaMean(mean: number, concentration: number): number {
    return this.beta(mean * concentration, (1 - mean) * concentration);
  }

  /**
   * Poisson(lambda): Knuth's product method below 30, Hörmann's PTRS (1993) above, so large
   * per-account post counts stay O(1).
   */
  poisson(lambda: number): number {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) throw new RangeError(`poisson(${lambda}) needs lambda >= 0`);
    if (lambda === 0) return 0;
    if (lambda < 30) {
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.next();
      while (p > limit) {
        k++;
        p *= this.next();
      }
      return k;
    }
    const slam = Math.sqrt(lambda);
    const logLambda = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.next() - 0.5;
      const v = this.next();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) {
        return k;
      }
    }
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** Picks a value with probability proportional to its weight (weights need not sum to 1). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, weight] of entries) total += weight;
    if (!(total > 0)) throw new RangeError('weighted pick needs a positive total weight');
    let target = this.next() * total;
    for (const [value, weight] of entries) {
      target -= weight;
      if (target < 0) return value;
    }
    // Rounding can leave target at ~0 after the last entry.
    return (entries.findLast(([, weight]) => weight > 0) as readonly [T, number])[0];
  }

  /** Fisher–Yates, in place; returns the same array. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      const tmp = items[i] as T;
      items[i] = items[j] as T;
      items[j] = tmp;
    }
    return items;
  }

  /** k distinct items, in random order (k is capped at the list length). */
  sample<T>(items: readonly T[], k: number): T[] {
    return this.shuffle([...items]).slice(0, Math.max(0, k));
  }
}

/**
 * Weyl (golden-ratio) sequence: frac(offset + i·φ⁻¹). Used where a share must hold in every prefix
 * (e.g. 0.5% mega creators in a 500-creator demo) rather than only on average.
 */
export function weyl(index: number, offset: number, step = 0.6180339887498949): number {
  const x = offset + index * step;
  return x - Math.floor(x);
}
