/**
 * End-to-end tests in a real browser (Debian's Chromium driven by playwright-core): `npm run test:e2e`.
 * Kept apart from `npm test`, which needs only Node.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    // One browser at a time: two cores, and timings stay comparable.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
