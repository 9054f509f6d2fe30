import {
  type AppConfig,
  type Database,
  dialectOf,
  type InitOrmOptions,
  initORM,
  pendingMigrations,
  SchemaNotCurrentError,
} from '@creatorgraph/core';
import type { Logger } from 'pino';
import { explainDatabaseError } from './failures.js';
import type { DependencyProbe } from './probes.js';

/**
 * The database as the profile wants it.
 * - demo: created when missing and migrated on start (under the migration lock, so instances started
 *   together do not race): one command from a clean checkout to a working API.
 * - production: never created, never migrated here. It must exist and its schema must be current
 *   (`npm run migrate` is a step of the deployment), else the start fails with one paragraph saying so.
 */
export async function openDatabase(
  config: AppConfig,
  logger: Logger,
  overrides?: InitOrmOptions['overrides'],
): Promise<Database> {
  const production = config.PROFILE === 'production';
  let db: Database | undefined;
  try {
    db = await initORM({
      databaseUrl: config.DATABASE_URL,
      migrate: !production,
      createDatabase: !production,
      overrides,
    });
    if (production) {
      const pending = await pendingMigrations(db.em.fork());
      if (pending.length) throw new SchemaNotCurrentError(pending);
    }
  } catch (error) {
    await db?.close().catch(() => undefined);
    throw explainDatabaseError(error, config.DATABASE_URL);
  }
  logger.info(
    { dialect: dialectOf(config.DATABASE_URL) },
    production ? 'database ready (schema current)' : 'database ready (migrations applied)',
  );
  return db;
}

/** `/ready`'s database check: MikroORM's connection check (no SQL text here), bounded by `timeoutMs`. */
export function databaseProbe(db: Database, timeoutMs = 2_000): DependencyProbe {
  return {
    name: 'database',
    required: true,
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<{ ok: false; reason: string }>((done) => {
        timer = setTimeout(() => done({ ok: false, reason: `no answer within ${timeoutMs} ms` }), timeoutMs);
      });
      try {
        const result = await Promise.race([
          db.orm.checkConnection().catch((error: Error) => ({ ok: false, reason: error.message })),
          timeout,
        ]);
        return result.ok
          ? { status: 'ok' }
          : { status: 'down', detail: 'reason' in result ? result.reason : undefined };
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
