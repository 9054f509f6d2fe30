import { mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

export default mergeConfig(sharedConfig, {
  // isolate: false: every file would otherwise import and build the whole schema again (≈ 70 s of the
  // suite's 180 s on 2 cores); the files share no module state (each test builds its own server).
  test: { include: ['test/**/*.test.ts', 'src/**/*.test.ts'], fileParallelism: false, isolate: false },
});
