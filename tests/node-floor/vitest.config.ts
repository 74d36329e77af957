import { defineConfig } from 'vitest/config';

// src/fixtures/suite is a suite of its own that the tests run through the bin, not part of this one.
// Each of those runs starts a whole vitest (3-4 s idle); on 2 cores shared with other full test runs
// (load average 35-40) one took over 60 s, so the budget is a hang guard, not a speed target.
export default defineConfig({ test: { include: ['src/*.test.ts'], testTimeout: 240_000 } });
