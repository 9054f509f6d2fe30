#!/usr/bin/env node
import { run } from './index.js';

// Piped into `head`: a closed stdout ends the program quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const controller = new AbortController();
// The first Ctrl-C ends a `watch` cleanly; a second one exits at once.
process.once('SIGINT', () => {
  controller.abort();
  process.once('SIGINT', () => process.exit(130));
});
process.exitCode = await run(process.argv.slice(2), { signal: controller.signal });
