import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/build-site.ts'],
          testTimeout: 30_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'fixture-sites',
          include: ['tests/fixture-sites/**/*.test.ts'],
          globalSetup: ['tests/fixture-sites/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
