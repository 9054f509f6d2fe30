/**
 * Generic 0/1 knapsack with a cardinality constraint over plain (value, cost) arrays: choose items that
 * maximize Σ value subject to Σ cost ≤ budget and count ≤ maxCount. Pure; the planner (planner.ts) turns
 * candidates into values and costs and picks the solver. Items with value ≤ 0 or cost > budget can never
 * improve a solution and are skipped by both solvers. Tie-break between solutions of equal value: lower
 * cost, then the first found in index order.
 *
 * EXACT (meant for ≤ ~40 items) — meet in the middle over Pareto frontiers (Horowitz–Sahni with
 * Nemhauser–Ullmann pruning), no DP over the budget:
 *   1. Split the items into halves A and B (≤ 20 each at 40). For each half, build by adding one
 *      item at a time, per subset size c, the Pareto frontier of its subsets: (cost, value) pairs
 *      sorted by cost with strictly increasing value, cost ≤ budget. A subset dominated by another of
 *      the same size (cost ≥, value ≤) is dropped: swapping it for its dominator in any complete solution
 *      keeps it feasible and no worse, so some optimum survives the pruning.
 *   2. Every solution is S_A ∪ S_B with |S_A| + |S_B| ≤ maxCount. For each pair of sizes (c_A, c_B), walk
 *      A's frontier up by cost; the best partner of an A entry is B's last entry with cost ≤ budget −
 *      cost(S_A) (B's value rises with cost), and that pointer only moves down. The maximum over all
 *      pairs is optimal. Pairs are visited by the sum of their frontiers' largest values, and the walk
 *      stops once that sum is below the best solution found, which cannot discard a better one.
 *   Work is at most 2^(n/2) states per half (2^20 at 40 items) and usually far fewer, because
 *   frontiers of real price/value data are short (the bench: < 1 ms typical, ~0.2–0.4 s for the
 *   pathological value ∝ cost case where every subset is on the frontier).
 *
 * HEURISTIC (more items; not guaranteed optimal):
 *   1. Greedy fills in three orders — value density (value / cost), value, and value − λ·cost with λ
 *      the lowest density the density fill accepted — each adding an item when it fits the budget
 *      and the count; the best fill is the incumbent.
 *   2. Local search to a local optimum: repeatedly apply the best improving move, "add one" or
 *      "swap one selected for one unselected" (1-swap).
 *   3. Core: the incumbent plus the next items round-robin from the three orders, up to
 *      CORE_SIZE (32) items, solved with the exact algorithm above (≤ 2^16 states per half, so
 *      bounded time and no node limit). The incumbent is inside the core, so this never loses value.
 *   4. Local search again over all items from the core optimum.
 *   Each local-search move strictly raises value, so it terminates; with 2,000 items and 20 slots
 *   a pass scans ~20 × 2,000 pairs, and the whole solve takes milliseconds.
 */

/** Items in the heuristic's exact core: ≤ 2^16 frontier states per half. */
const CORE_SIZE = 32;

export interface KnapsackSolution {
  /** Indices into the input arrays, ascending. */
  indices: number[];
  value: number;
  cost: number;
}

/** Solution a is better than b: more value, then less cost. */
function better(valueA: number, costA: number, valueB: number, costB: number): boolean {
  return valueA > valueB || (valueA === valueB && costA < costB);
}

/**
 * Struct-of-arrays frontier in typed arrays (the hard case holds ~10^6 states per half). Masks are sums
 * of powers of two, exact in a double for halves up to 52 items.
 */
interface Frontier {
  length: number;
  cost: Float64Array;
  value: Float64Array;
  mask: Float64Array;
}

function newFrontier(capacity: number): Frontier {
  return {
    length: 0,
    cost: new Float64Array(capacity),
    value: new Float64Array(capacity),
    mask: new Float64Array(capacity),
  };
}

const EMPTY_FRONTIER = newFrontier(0);

/**
 * Pareto merge of `a` with `b` shifted by (dc, dv, dm), both sorted by cost with strictly rising
 * value; shifted entries over the budget are dropped. On equal cost the higher value goes first; on a
 * full tie `a` wins, which keeps the result deterministic.
 */
function mergeFrontiers(a: Frontier, b: Frontier, dc = 0, dv = 0, dm = 0, budget = Number.POSITIVE_INFINITY): Frontier {
  let bLength = b.length;
  while (bLength > 0 && (b.cost[bLength - 1] as number) + dc > budget) bLength--;
  if (bLength === 0) return a;
  const out = newFrontier(a.length + bLength);
  let i = 0;
  let j = 0;
  let n = 0;
  let last = Number.NEGATIVE_INFINITY;
  while (i < a.length || j < bLength) {
    let c: number;
    let v: number;
    let m: number;
    const ca = i < a.length ? (a.cost[i] as number) : Number.POSITIVE_INFINITY;
    const cb = j < bLength ? (b.cost[j] as number) + dc : Number.POSITIVE_INFINITY;
    if (j >= bLength || ca < cb || (ca === cb && (a.value[i] as number) >= (b.value[j] as number) + dv)) {
      c = ca;
      v = a.value[i] as number;
      m = a.mask[i] as number;
      i++;
    } else {
      c = cb;
      v = (b.value[j] as number) + dv;
      m = (b.mask[j] as number) + dm;
      j++;
    }
    if (v > last) {
      out.cost[n] = c;
      out.value[n] = v;
      out.mask[n] = m;
      n++;
      last = v;
    }
  }
  out.length = n;
  return out;
}

/** Per subset size, the Pareto frontier of subsets of `items` that fit the budget. */
function halfFrontiers(
  items: readonly number[],
  value: readonly number[],
  cost: readonly number[],
  budget: number,
  maxCount: number,
): Frontier[] {
  const top = Math.min(maxCount, items.length);
  const empty = newFrontier(1);
  empty.length = 1; // the empty subset: cost 0, value 0, mask 0
  const fronts: Frontier[] = [empty];
  for (let c = 1; c <= top; c++) fronts.push(EMPTY_FRONTIER);
  items.forEach((item, bitIndex) => {
    const bit = 2 ** bitIndex;
    const ci = cost[item] as number;
    const vi = value[item] as number;
    // Downwards so each item joins a subset at most once.
    for (let c = Math.min(top, bitIndex + 1); c >= 1; c--) {
      fronts[c] = mergeFrontiers(fronts[c] as Frontier, fronts[c - 1] as Frontier, ci, vi, bit, budget);
    }
  });
  return fronts;
}

/** Index of the last entry with cost ≤ limit (binary search), −1 when none. */
function lastFitting(f: Frontier, limit: number): number {
  let lo = 0;
  let hi = f.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((f.cost[mid] as number) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function decodeMask(mask: number, items: readonly number[], into: number[]): void {
  let rest = mask;
  for (let b = 0; rest > 0; b++) {
    if (rest % 2 === 1) into.push(items[b] as number);
    rest = Math.floor(rest / 2);
  }
}

function summarize(indices: number[], value: readonly number[], cost: readonly number[]): KnapsackSolution {
  indices.sort((a, b) => a - b);
  let v = 0;
  let c = 0;
  for (const i of indices) {
    v += value[i] as number;
    c += cost[i] as number;
  }
  return { indices, value: v, cost: c };
}

function usefulItems(value: readonly number[], cost: readonly number[], budget: number): number[] {
  const items: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if ((value[i] as number) > 0 && (cost[i] as number) <= budget) items.push(i);
  }
  return items;
}

type KnapsackSolver = (
  value: readonly number[],
  cost: readonly number[],
  budget: number,
  maxCount: number,
) => KnapsackSolution;

/**
 * Both solvers' entry: `solve` sees only the useful items (ascending) and K = the count cap they allow,
 * at least 1; with no useful item or maxCount ≤ 0 the answer is the empty selection.
 */
function knapsackSolver(
  solve: (
    items: number[],
    K: number,
    value: readonly number[],
    cost: readonly number[],
    budget: number,
  ) => KnapsackSolution,
): KnapsackSolver {
  return (value, cost, budget, maxCount) => {
    const items = usefulItems(value, cost, budget);
    const K = Math.min(maxCount, items.length);
    return K <= 0 ? { indices: [], value: 0, cost: 0 } : solve(items, K, value, cost, budget);
  };
}

/** Provably optimal (see the header); meant for up to ~40 items. */
export const solveKnapsackExact: KnapsackSolver = knapsackSolver((items, K, value, cost, budget) => {
  const half = Math.floor(items.length / 2);
  const itemsA = items.slice(0, half);
  const itemsB = items.slice(half);
  const frontsA = halfFrontiers(itemsA, value, cost, budget, K);
  const frontsB = halfFrontiers(itemsB, value, cost, budget, K);

  let bestValue = 0;
  let bestCost = 0;
  let bestMaskA = 0;
  let bestMaskB = 0;
  // Every size pair (cA, cB) with cA + cB ≤ K, most promising first: a frontier peaks at its last
  // entry, so once the two peaks sum below the incumbent no later pair can win.
  const peak = (f: Frontier) => (f.length === 0 ? Number.NEGATIVE_INFINITY : (f.value[f.length - 1] as number));
  const pairs: { fa: Frontier; fb: Frontier; potential: number; rank: number }[] = [];
  frontsA.forEach((fa, cA) => {
    frontsB.forEach((fb, cB) => {
      if (cA + cB <= K && fa.length > 0 && fb.length > 0) {
        pairs.push({ fa, fb, potential: peak(fa) + peak(fb), rank: pairs.length });
      }
    });
  });
  pairs.sort((x, y) => y.potential - x.potential || x.rank - y.rank);
  for (const { fa, fb, potential } of pairs) {
    if (potential < bestValue) break;
    // A ascending by cost leaves B less room, so B's best partner (its last fitting entry) only moves down.
    let p = lastFitting(fb, budget - (fa.cost[0] as number));
    for (let k = 0; k < fa.length && p >= 0; k++) {
      const costA = fa.cost[k] as number;
      while (p >= 0 && costA + (fb.cost[p] as number) > budget) p--;
      if (p < 0) break;
      const v = (fa.value[k] as number) + (fb.value[p] as number);
      const c = costA + (fb.cost[p] as number);
      if (better(v, c, bestValue, bestCost)) {
        bestValue = v;
        bestCost = c;
        bestMaskA = fa.mask[k] as number;
        bestMaskB = fb.mask[p] as number;
      }
    }
  }
  const indices: number[] = [];
  decodeMask(bestMaskA, itemsA, indices);
  decodeMask(bestMaskB, itemsB, indices);
  return summarize(indices, value, cost);
});

/** Strict total orders (index last) keep every heuristic step deterministic. */
function order(items: readonly number[], key: (i: number) => number, tieKey: (i: number) => number): number[] {
  return [...items].sort((a, b) => key(b) - key(a) || tieKey(b) - tieKey(a) || a - b);
}

function greedyFill(ordering: readonly number[], cost: readonly number[], budget: number, maxCount: number): number[] {
  const chosen: number[] = [];
  let spent = 0;
  for (const i of ordering) {
    if (chosen.length >= maxCount) break;
    const c = cost[i] as number;
    if (spent + c <= budget) {
      chosen.push(i);
      spent += c;
    }
  }
  return chosen;
}

/** Best-improvement "add one" / "swap one for one" until no move raises the value. */
function localSearch(
  start: readonly number[],
  byValue: readonly number[],
  value: readonly number[],
  cost: readonly number[],
  budget: number,
  maxCount: number,
): number[] {
  const selected = new Set(start);
  let spent = 0;
  for (const i of selected) spent += cost[i] as number;
  for (let iteration = 0; iteration < 100_000; iteration++) {
    let bestGain = 0;
    let bestCostAfter = Number.POSITIVE_INFINITY;
    let moveOut = -1;
    let moveIn = -1;
    const consider = (out: number, into: number, gain: number, costAfter: number) => {
      if (gain > bestGain || (gain === bestGain && gain > 0 && costAfter < bestCostAfter)) {
        bestGain = gain;
        bestCostAfter = costAfter;
        moveOut = out;
        moveIn = into;
      }
    };
    if (selected.size < maxCount) {
      for (const j of byValue) {
        if (selected.has(j) || spent + (cost[j] as number) > budget) continue;
        consider(-1, j, value[j] as number, spent + (cost[j] as number));
        break;
      }
    }
    for (const i of [...selected].sort((a, b) => a - b)) {
      const slack = budget - spent + (cost[i] as number);
      // byValue is descending, so the first unselected item that fits is the best partner for i.
      for (const j of byValue) {
        if ((value[j] as number) <= (value[i] as number)) break;
        if (selected.has(j) || (cost[j] as number) > slack) continue;
        consider(i, j, (value[j] as number) - (value[i] as number), spent - (cost[i] as number) + (cost[j] as number));
        break;
      }
    }
    if (moveIn < 0) break;
    if (moveOut >= 0) {
      selected.delete(moveOut);
      spent -= cost[moveOut] as number;
    }
    selected.add(moveIn);
    spent += cost[moveIn] as number;
  }
  return [...selected];
}

/** Not guaranteed optimal; see the header. Never exceeds the budget or the count. */
export const solveKnapsackHeuristic: KnapsackSolver = knapsackSolver((items, K, value, cost, budget) => {
  const v = (i: number) => value[i] as number;
  const negCost = (i: number) => -(cost[i] as number);
  const density = (i: number) => ((cost[i] as number) === 0 ? Number.POSITIVE_INFINITY : v(i) / (cost[i] as number));
  const byDensity = order(items, density, v);
  const byValue = order(items, v, negCost);

  const densityFill = greedyFill(byDensity, cost, budget, K);
  const lambda = densityFill.reduce((min, i) => Math.min(min, density(i)), Number.POSITIVE_INFINITY);
  const lagrangian = Number.isFinite(lambda) ? (i: number) => v(i) - lambda * (cost[i] as number) : v;
  const byLagrangian = order(items, lagrangian, v);

  let incumbent = summarize(densityFill, value, cost);
  for (const ordering of [byValue, byLagrangian]) {
    const fill = summarize(greedyFill(ordering, cost, budget, K), value, cost);
    if (better(fill.value, fill.cost, incumbent.value, incumbent.cost)) incumbent = fill;
  }
  incumbent = summarize(localSearch(incumbent.indices, byValue, value, cost, budget, K), value, cost);

  if (incumbent.indices.length < CORE_SIZE && items.length > incumbent.indices.length) {
    const core = [...incumbent.indices];
    const inCore = new Set(core);
    const orderings = [byDensity, byValue, byLagrangian];
    const cursors = [0, 0, 0];
    let progressed = true;
    while (core.length < CORE_SIZE && progressed) {
      progressed = false;
      orderings.forEach((ordering, o) => {
        let cursor = cursors[o] as number;
        while (cursor < ordering.length && inCore.has(ordering[cursor] as number)) cursor++;
        const next = ordering[cursor];
        if (next !== undefined && core.length < CORE_SIZE) {
          core.push(next);
          inCore.add(next);
          progressed = true;
          cursor++;
        }
        cursors[o] = cursor;
      });
    }
    core.sort((a, b) => a - b);
    const coreSolution = solveKnapsackExact(
      core.map((i) => value[i] as number),
      core.map((i) => cost[i] as number),
      budget,
      K,
    );
    const mapped = summarize(
      coreSolution.indices.map((k) => core[k] as number),
      value,
      cost,
    );
    if (better(mapped.value, mapped.cost, incumbent.value, incumbent.cost)) {
      incumbent = summarize(localSearch(mapped.indices, byValue, value, cost, budget, K), value, cost);
    }
  }
  return incumbent;
});
