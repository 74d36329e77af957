import { defineConfig } from 'vitest/config';

// Each test starts a browser or a runtime binary; on a busy 2-core machine that takes seconds.
export default defineConfig({
  test: { include: ['src/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 120_000 },
});
