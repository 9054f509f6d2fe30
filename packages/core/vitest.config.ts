import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(sharedConfig, {
  // isolate: false: workers reuse imported modules between files (the database suites: 88 s → 64 s);
  // each test opens its own database and services.
  test: { include: ['src/**/*.test.ts', 'test/**/*.test.ts'], isolate: false },
});
