import { defineConfig } from 'vitest/config';

// The leak test (src/node.leak.test.ts) compares heaps after global.gc(), so test processes get it.
export default defineConfig({ test: { execArgv: ['--expose-gc'] } });
