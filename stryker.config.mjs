// Mutation testing of the pure stages: `npm run test:mutation` (not part of `npm test`). One folder per run keeps a
// run bounded on a small machine: MUTATION_FOLDER=view-state npm run test:mutation (see FOLDERS for the names);
// one file: npm run test:mutation -- --mutate src/extract/qualifier.ts (several: comma-separated paths; a {a,b} glob
// is split at its comma by the command line)
const FOLDERS = {
  dataset: ['src/dataset/**/*.ts', '!src/dataset/synthetic/**', '!src/dataset/loadDataset.ts'],
  // src/dataset in two runs: the selectors and the model are built at the top of test files (outside any test), which
  // per-test coverage cannot see, so they run with coverage 'all' against the few tests that use them.
  'dataset-select': [
    'src/dataset/select/**/*.ts',
    'src/dataset/datasetModel.ts',
    'src/dataset/observationKey.ts',
  ],
  'dataset-rules': [
    'src/dataset/*.ts',
    '!src/dataset/loadDataset.ts',
    '!src/dataset/datasetModel.ts',
    '!src/dataset/observationKey.ts',
  ],
  'view-state': ['src/view-state/**/*.ts', '!src/view-state/useUrlFilters.ts'],
  charts: ['src/charts/build*.ts', 'src/charts/chartText.ts', 'src/charts/qualifierStyle.ts'],
  export: ['src/export/{recordsTable,toCsv,exportFileName,rankWindow,filtersText}.ts'],
  i18n: ['src/i18n/formatNumber.ts'],
  extract: ['src/extract/**/*.ts'],
  // The parts of src/extract that say what a number is and how sure it is: a run that fits in minutes on 2 cores.
  'extract-numbers': [
    'src/extract/{qualifier,parseChineseNumber,units,yoy,reportYear,subUnit,respectively}.ts',
  ],
  // The rest of src/extract in groups of a similar size. The text stages: normalising, sentences, furniture, evidence.
  'extract-text': [
    'src/extract/{normalizeText,toSimplified,sentences,furniture,notAFigure,numberSpans,evidence}.ts',
  ],
  // The number grammar and what ties figures together (其中, totals and parts).
  'extract-figures': [
    'src/extract/{scanFigures,figureRelations,extractFigures,basis,firstInstance,newAndCarriedOver,shareOfTotal,rateOfAPart}.ts',
  ],
  // What a figure is about: metric, scope, period, topic.
  'extract-meaning': [
    'src/extract/{assignMetric,metricRules,figureContext,sentenceRoles,topics,category}.ts',
  ],
  // Whose figure it is and over what time: scope, period, and the lower and higher divisions a subject names.
  'extract-scope': ['src/extract/{scope,period,lowerRegion,divisionNames,headingAbove}.ts'],
};

const folder = process.env.MUTATION_FOLDER;
if (folder !== undefined && !(folder in FOLDERS))
  throw new Error(`MUTATION_FOLDER=${folder}: one of ${Object.keys(FOLDERS).join(', ')}`);

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: folder === 'dataset-select' ? 'all' : 'perTest',
  // A static mutant (a module-level table or regex) reruns every test: src/extract has 2,360 of them, hours on 2 cores.
  // They are left out unless asked for: MUTATION_STATIC=1 (worth it for one file, e.g. the qualifier words).
  ignoreStatic: folder !== 'dataset-select' && process.env.MUTATION_STATIC !== '1',
  concurrency: 2,
  timeoutMS: 10000,
  mutate: folder ? FOLDERS[folder] : Object.values(FOLDERS).flat(),
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: `reports/mutation/${folder ?? 'all'}.json` },
  htmlReporter: { fileName: `reports/mutation/${folder ?? 'all'}.html` },
  tempDirName: '.stryker-tmp',
  ignorePatterns: [
    'dist',
    'test-results',
    'playwright-report',
    'bench-results',
    '/reports', // only the top-level output folder: tests/fixtures/texts/reports is needed
    'public/synthetic',
  ],
};
