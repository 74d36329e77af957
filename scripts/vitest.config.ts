import { defineConfig } from 'vitest/config';

// The CLI tests start real processes (tsx + the validator), and the release e2e runs Verdaccio, a
// publish and a consumer install: seconds to minutes on a busy 2-core box.
export default defineConfig({
  test: {
    testTimeout: 60_000,
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});
