import { defineConfig } from 'vitest/config';

// The unit tests the mutation run (stryker.config.mjs) may use: fast, pure, no DOM. Left out: tests that start
// processes or read the whole data set (cli, data-check), the property-based robustness run (seconds per mutant),
// and the bench and synthetic-data tests, which cover no mutated file.
export default defineConfig({
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/extract/cli.test.ts',
      'tests/unit/extract/robustness.test.ts',
      'tests/unit/data-check.test.ts',
      'tests/unit/bench/**',
      'tests/unit/synthetic/**',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
