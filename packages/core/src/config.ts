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
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  PROFILE: z.enum(['demo', 'production']).default('demo'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHIQL: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => (v === undefined ? undefined : v === 'true')),
  DEMO_SEED: z.coerce.number().int().default(20_190_401),
  MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
});

export type AppConfig = z.infer<typeof EnvSchema> & { GRAPHIQL: boolean };

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
  return { ...data, GRAPHIQL: data.GRAPHIQL ?? data.PROFILE === 'demo' };
}
