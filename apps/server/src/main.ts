import { ConfigError, loadConfig } from '@creatorgraph/core';
import { createLogger } from './observability/logging.js';
import { StartupError } from './runtime/failures.js';
import { start } from './runtime/start.js';

/**
 * `npm run serve` (and the image's command): the built server, run by node directly so that it is the
 * process that receives SIGTERM (see runtime/shutdown.ts). Exit codes: 2 invalid configuration, 1 a
 * dependency missing or refusing at start (one paragraph on stderr, no stack), 0 a clean shutdown.
 */
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig();
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const logger = createLogger({ level: config.LOG_LEVEL });

start(config, logger).catch((error: unknown) => {
  if (error instanceof StartupError) {
    // A paragraph for a person, on stderr, whatever LOG_LEVEL says; the JSON log gets the same line.
    logger.fatal({ startup: true }, error.message);
    console.error(`creatorgraph cannot start: ${error.message}`);
  } else {
    logger.fatal({ err: error }, 'unexpected error during start');
    console.error(error);
  }
  process.exit(1);
});
