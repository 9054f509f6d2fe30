/**
 * Seeded randomness for tests and simulations: small, dependency-free and identical on every platform,
 * so a fixed seed replays a run exactly. The demo generator keeps its own streams (demo/random.ts):
 * changing either would change the other's outputs and the thresholds calibrated on them.
 */

/** A uniform draw in [0, 1). */
export type Uniform = () => number;

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): Uniform {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A standard normal by Box–Muller, from two draws (1 − u keeps the log argument in (0, 1]). */
export function standardNormal(rand: Uniform): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A uniform integer in [min, max], both inclusive. */
export function intBetween(rand: Uniform, min: number, max: number): number {
  return min + Math.floor(rand() * (max - min + 1));
}
