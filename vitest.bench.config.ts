import { defineConfig } from 'vitest/config';

// `npm run bench:engine`: the benchmarks alone, without the test projects' global setup (site builds).
export default defineConfig({
  test: {
    include: [],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
