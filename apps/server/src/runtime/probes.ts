/**
 * What `/ready` asks of each dependency the process was configured with (database, Redis, …). A probe is
 * cheap and bounded (its own timeout); `required` dependencies make the instance unready when down, others
 * only report `degraded`.
 */
export type DependencyStatus = 'ok' | 'degraded' | 'down';

export interface DependencyProbe {
  /** Stable name used in `/ready` JSON and in metrics, e.g. `database`, `redis`. */
  name: string;
  /** Whether the instance can serve without it (false: it degrades instead). */
  required: boolean;
  check(): Promise<{ status: DependencyStatus; detail?: string }>;
}
