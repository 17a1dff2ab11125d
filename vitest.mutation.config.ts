import { defineConfig } from 'vitest/config';

// The unit tests the mutation run (stryker.config.mjs) may use: fast, pure, no DOM. Left out: the extractor's CLI test
// (it starts processes), the property-based robustness run (seconds per mutant),
// and the bench and synthetic-data tests, which cover no mutated file.
// The selectors' run (MUTATION_FOLDER=dataset-select) runs every test for every mutant: only the tests that use them.
const SELECT_TESTS = [
  'tests/unit/dataset/**/*.test.ts',
  'tests/unit/export/viewRecords.test.ts',
  'tests/unit/export/csv.test.ts',
];

export default defineConfig({
  test: {
    globals: true,
    include: process.env.MUTATION_FOLDER === 'dataset-select' ? SELECT_TESTS : ['tests/unit/**/*.test.ts'],
    exclude: [
      'tests/unit/extract/cli.test.ts',
      'tests/unit/extract/robustness.test.ts',
      'tests/unit/bench/**',
      'tests/unit/synthetic/**',
    ],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 20000,
  },
});
