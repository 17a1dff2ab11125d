import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

// Imports point one way: core (pure stages) → shared UI → features → app. Each zone names a folder and the folders it
// must never import from; a cycle between modules fails the lint too.
// Core: extract, dataset, i18n and view-state, in that order (each zone below lists what it must not import).
const SHARED_UI = ['charts', 'table', 'regions', 'ingest'];
const FEATURES = ['views', 'filters', 'export', 'provenance', 'user-data'];
const APP = ['app'];
const src = (folders) => folders.map((f) => `./src/${f}`);
const zone = (target, from, message) => ({ target: src([target]), from: src(from), message });
const zones = [
  zone('extract', ['dataset', 'i18n', 'view-state', ...SHARED_UI, ...FEATURES, ...APP], 'src/extract is pure and stands alone.'),
  zone('dataset', ['i18n', 'view-state', ...SHARED_UI, ...FEATURES, ...APP], 'src/dataset must not depend on view state, UI or the app.'),
  zone('i18n', ['view-state', ...SHARED_UI, ...FEATURES, ...APP], 'src/i18n sits below view state, UI and the app.'),
  zone('view-state', [...SHARED_UI, ...FEATURES, ...APP], 'src/view-state must not depend on UI or the app.'),
  ...SHARED_UI.map((f) => zone(f, [...FEATURES, ...APP], `src/${f} is shared: it must not import a feature or the app.`)),
  ...FEATURES.map((f) => zone(f, APP, `src/${f} is a feature: it must not import the app.`)),
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results', 'public/synthetic', '.stryker-tmp', 'reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-eval': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/extensions': ['.ts', '.tsx', '.js'], 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } } },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/component/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
);
