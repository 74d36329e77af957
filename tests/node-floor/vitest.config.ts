import { defineConfig } from 'vitest/config';

// src/fixtures/suite is a suite of its own that the tests run through the bin, not part of this one.
export default defineConfig({ test: { include: ['src/*.test.ts'], testTimeout: 60_000 } });
