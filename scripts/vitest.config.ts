import { defineConfig } from 'vitest/config';

// The CLI tests start real processes (tsx + the validator), which takes seconds on a busy 2-core box.
export default defineConfig({
  test: { testTimeout: 60_000, include: ['**/*.test.ts'], exclude: ['**/node_modules/**'] },
});
