import { z } from 'zod';

/** Runtime configuration, read from the environment once and validated with clear messages. */
const EnvSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default('file:./data/creatorgraph.sqlite')
    .refine((v) => /^(postgres|postgresql):\/\//.test(v) || v.startsWith('file:') || v === ':memory:', {
      message: "must be 'postgres://…', 'postgresql://…', 'file:<path>' or ':memory:'",
    }),
  /** Set when several server instances share live campaign updates (Redis pub/sub). */
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\//, "must be 'redis://…' or 'rediss://…'")
    .optional(),
  /**
   * Start of every Redis key and channel (`<prefix>:campaign:<id>`, `<prefix>:bucket:<org>`, …): two
   * deployments sharing one Redis never see each other's events or budgets.
   */
  REDIS_PREFIX: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/, 'must be 1–64 letters, digits, `_`, `.` or `-`')
    .default('creatorgraph'),
  /** Whether an instance is unready (/ready 503) while Redis is down; by default it degrades and stays ready. */
  REDIS_REQUIRED: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** On SIGTERM/SIGINT, how long in-flight requests and imports may take to finish, in milliseconds. */
  DRAIN_TIMEOUT_MS: int(30_000, { max: 3_600_000 }),
  /** How long /ready waits for each dependency (database, Redis) before calling it down, in milliseconds. */
  READY_TIMEOUT_MS: int(2_000, { max: 60_000 }),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  /** Default: 127.0.0.1 in the demo profile (its GraphiQL carries a key), 0.0.0.0 in production. */
  HOST: z.string().trim().min(1).optional(),
  PROFILE: z.enum(['demo', 'production']).default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Bearer token that `/metrics` asks for (`Authorization: Bearer <token>`). Unset: `/metrics` is open to
   * loopback callers in the demo profile and not served at all in production.
   */
  METRICS_TOKEN: z.preprocess(
    // An empty value (e.g. `METRICS_TOKEN=` in an env file) means unset.
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .trim()
      .regex(
        /^[\x21-\x7e]{16,256}$/,
        'must be 16–256 printable characters without spaces (e.g. `openssl rand -hex 32`)',
      )
      .optional(),
  ),
  GRAPHIQL: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  /** The web dashboard at /app; default: on in the demo profile, off in production. */
  DASHBOARD: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  DEMO_SEED: z.coerce.number().int().default(20_190_401),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  // Limits that act before work (see docs/api.md#limits-and-costs). Sizes are bytes.
  /** Largest JSON (or url-encoded) request body; counted while it streams in. */
  MAX_BODY_BYTES: int(1024 * 1024),
  /** Largest whole multipart request (all files and fields together). */
  MAX_MULTIPART_BYTES: int(256 * 1024 * 1024),
  /** Most files in one multipart request. */
  MAX_UPLOAD_FILES: int(8),
  /** Most lexical tokens in a GraphQL document (checked while parsing). */
  MAX_TOKENS: int(3_000),
  /** Deepest selection nesting. */
  MAX_DEPTH: int(15),
  /** Most aliases in one document. */
  MAX_ALIASES: int(30),
  /** Most directives in one document. */
  MAX_DIRECTIVES: int(10),
  /** Longest string argument or variable, in characters. */
  MAX_STRING_LENGTH: int(10_000),
  /** Highest cost of one operation, in points: a full bucket, so the SDK's largest pages fit. */
  MAX_QUERY_COST: int(2_000),
  /** Leaky bucket per organization: the burst it may spend at once… (0 with either: no budgets) */
  RATE_LIMIT_CAPACITY: int(undefined, { zero: true }),
  /** …and the points it regains every second. */
  RATE_LIMIT_RESTORE_PER_SECOND: int(undefined, { zero: true }),
  /** Open subscriptions one organization may hold at once. */
  MAX_SUBSCRIPTIONS_PER_ORGANIZATION: int(10),
  /** Requests this instance works on at once (health and readiness probes and open streams excepted)… */
  MAX_IN_FLIGHT: int(8),
  /** …requests that may wait for one of them (0: none wait)… */
  MAX_QUEUE: int(64, { zero: true }),
  /** …and how long they wait before a 503, in milliseconds. */
  QUEUE_TIMEOUT_MS: int(1_000, { max: 60_000 }),
  /** How long a verified API key is trusted without asking the database, in seconds (0: every request asks). */
  API_KEY_CACHE_TTL_SECONDS: int(30, { zero: true, max: 300 }),
  /** Origins allowed by CORS, comma-separated; empty allows none (the default). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    )
    .refine((list) => list.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)), {
      message: "must be comma-separated origins such as 'https://app.example.com' (scheme and host, no path)",
    }),
});

/**
 * A whole number, positive unless `zero` is allowed (it then means "off"), at most `max`; `fallback`
 * undefined: the default depends on the profile (see loadConfig).
 */
function int<F extends number | undefined>(
  fallback: F,
  { zero = false, max = Number.MAX_SAFE_INTEGER }: { zero?: boolean; max?: number } = {},
) {
  const n = z.coerce
    .number()
    .int()
    .min(zero ? 0 : 1, zero ? 'must be 0 (off) or more' : 'must be positive')
    .max(max, `must be at most ${max}`);
  return (fallback === undefined ? n.optional() : n.default(fallback)) as F extends number
    ? z.ZodDefault<typeof n>
    : z.ZodOptional<typeof n>;
}

/**
 * Query-cost budget per organization by profile: production 2,000 points restoring 50 a second; the demo,
 * one person clicking through GraphiQL and the dashboard (whose pages cost a few hundred points each),
 * ten times that.
 */
const BUDGET_DEFAULTS = {
  production: { capacity: 2_000, restorePerSecond: 50 },
  demo: { capacity: 20_000, restorePerSecond: 500 },
} as const;

export type AppConfig = Omit<z.infer<typeof EnvSchema>, 'RATE_LIMIT_CAPACITY' | 'RATE_LIMIT_RESTORE_PER_SECOND'> & {
  GRAPHIQL: boolean;
  DASHBOARD: boolean;
  HOST: string;
  RATE_LIMIT_CAPACITY: number;
  RATE_LIMIT_RESTORE_PER_SECOND: number;
};

export class ConfigError extends Error {
  constructor(public readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })),
    );
  }
  const data = parsed.data;
  const demo = data.PROFILE === 'demo';
  return {
    ...data,
    GRAPHIQL: data.GRAPHIQL ?? demo,
    DASHBOARD: data.DASHBOARD ?? demo,
    HOST: data.HOST ?? (demo ? '127.0.0.1' : '0.0.0.0'),
    RATE_LIMIT_CAPACITY: data.RATE_LIMIT_CAPACITY ?? BUDGET_DEFAULTS[data.PROFILE].capacity,
    RATE_LIMIT_RESTORE_PER_SECOND: data.RATE_LIMIT_RESTORE_PER_SECOND ?? BUDGET_DEFAULTS[data.PROFILE].restorePerSecond,
  };
}
