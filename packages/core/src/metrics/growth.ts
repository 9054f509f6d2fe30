const MS_PER_DAY = 86_400_000;

/** One follower-count observation of an account. */
export interface SnapshotInput {
  capturedAt: Date;
  followers: number;
  following: number | null;
}

/**
 * Snapshots ascending by capturedAt, one per instant. Two snapshots at the same instant are one
 * observation recorded twice; the one given last wins (a re-import corrects an earlier row).
 */
export function normalizeSnapshots<T extends SnapshotInput>(snapshots: readonly T[]): T[] {
  // Fast path (hot in batch metrics): input already strictly ascending is its own normal form.
  let ascending = true;
  for (let i = 1; i < snapshots.length && ascending; i++) {
    ascending = (snapshots[i] as T).capturedAt.getTime() > (snapshots[i - 1] as T).capturedAt.getTime();
  }
  if (ascending) return [...snapshots];
  const byTime = new Map<number, T>();
  for (const s of snapshots) byTime.set(s.capturedAt.getTime(), s);
  return [...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, s]) => s);
}

/** The latest snapshot at or before `t`, or null. */
export function snapshotAt<T extends SnapshotInput>(snapshots: readonly T[], t: Date): T | null {
  const time = t.getTime();
  let found: T | null = null;
  for (const s of normalizeSnapshots(snapshots)) {
    if (s.capturedAt.getTime() <= time) found = s;
    else break;
  }
  return found;
}

/** F(t): followers of the latest snapshot at or before `t`, or null when there is none. */
export function followersAt(snapshots: readonly SnapshotInput[], t: Date): number | null {
  return snapshotAt(snapshots, t)?.followers ?? null;
}

/**
 * Growth over `days` days at `asOf`: (F(asOf) − F(asOf − days)) / F(asOf − days). Null when either
 * snapshot is missing or the earlier count is 0.
 */
export function growth(snapshots: readonly SnapshotInput[], days: number, asOf: Date): number | null {
  const end = followersAt(snapshots, asOf);
  const start = followersAt(snapshots, new Date(asOf.getTime() - days * MS_PER_DAY));
  if (end === null || start === null || start === 0) return null;
  return (end - start) / start;
}

export interface DailyGain {
  from: Date;
  to: Date;
  /** Δ between the two snapshots in (fractional) days. */
  days: number;
  /** F_j − F_{j−1}. */
  gain: number;
  /** gain / days. */
  perDay: number;
}

/**
 * Gains between consecutive snapshots, oldest first: g_j = (F_j − F_{j−1}) / Δdays. With `asOf`,
 * only snapshots at or before it count.
 */
export function dailyGains(snapshots: readonly SnapshotInput[], asOf?: Date): DailyGain[] {
  const limit = asOf?.getTime() ?? Number.POSITIVE_INFINITY;
  const sorted = normalizeSnapshots(snapshots).filter((s) => s.capturedAt.getTime() <= limit);
  const gains: DailyGain[] = [];
  for (let j = 1; j < sorted.length; j++) {
    const prev = sorted[j - 1] as SnapshotInput;
    const cur = sorted[j] as SnapshotInput;
    const days = (cur.capturedAt.getTime() - prev.capturedAt.getTime()) / MS_PER_DAY;
    const gain = cur.followers - prev.followers;
    gains.push({ from: prev.capturedAt, to: cur.capturedAt, days, gain, perDay: gain / days });
  }
  return gains;
}

/** Snapshots with from ≤ capturedAt ≤ to, oldest first, one per instant. */
export function followerHistory<T extends SnapshotInput>(snapshots: readonly T[], from: Date, to: Date): T[] {
  const lo = from.getTime();
  const hi = to.getTime();
  return normalizeSnapshots(snapshots).filter((s) => {
    const t = s.capturedAt.getTime();
    return t >= lo && t <= hi;
  });
}
