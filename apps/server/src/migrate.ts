import { ConfigError, dialectOf, loadConfig, migrateDatabase, migrationNames } from '@creatorgraph/core';
import { explainDatabaseError } from './runtime/failures.js';

/**
 * `npm run migrate` (in the image: `node apps/server/dist/migrate.js`): applies the pending migrations of
 * DATABASE_URL under the migration lock and exits, 0 when the schema is current (several at once are
 * safe: one migrates, the others wait and find nothing to do), 1 with one paragraph on stderr when the
 * database cannot be reached or a migration fails, 2 for an invalid configuration. A PostgreSQL database
 * is never created here: it must exist (a SQLite file is created with its schema).
 */
async function main(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    return 2;
  }
  const started = Date.now();
  try {
    const applied = await migrateDatabase(config.DATABASE_URL, { createDatabase: false });
    const total = migrationNames(dialectOf(config.DATABASE_URL)).length;
    console.log(
      applied.length
        ? `migrate: applied ${applied.length} migration${applied.length === 1 ? '' : 's'} (${applied.at(0)} … ${applied.at(-1)}) in ${Date.now() - started} ms; the schema is current (${total} migrations).`
        : `migrate: nothing to do; the schema is current (${total} migrations).`,
    );
    return 0;
  } catch (error) {
    const explained = explainDatabaseError(error, config.DATABASE_URL);
    // A failing migration is not a connection problem: its own message says which one and why.
    const text = /MigrationError|Migration\d/.test(String((error as Error)?.name) + String((error as Error)?.message))
      ? `a migration failed and was rolled back (nothing of it applied): ${(error as Error).message.split('\n')[0]}`
      : explained.message;
    console.error(`migrate: ${text}`);
    return 1;
  }
}

// Exit explicitly: nothing else is left to run, whatever a driver keeps open.
process.exit(await main());
