// The lint is what keeps imports pointing one way (core → shared UI → features → app) and free of cycles: this proves
// it fails when they don't, by linting code that breaks each rule under the paths the rules guard.
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const ruleIds = async (code: string, filePath: string): Promise<string[]> => {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId}: ${m.message}`);
};

describe('npm run lint enforces import directions', () => {
  it.each([
    ['src/dataset/__selfTest.ts', "import { viewOf } from '../views/registry.ts';\nexport const v = viewOf;\n", 'src/dataset must not depend on view state, UI or the app.'],
    ['src/extract/__selfTest.ts', "import { catalogueOf } from '../dataset/catalogue.ts';\nexport const c = catalogueOf;\n", 'src/extract is pure and stands alone.'],
    ['src/charts/__selfTest.ts', "import { exportAnnotations } from '../export/exportAnnotations.ts';\nexport const e = exportAnnotations;\n", 'src/charts is shared: it must not import a feature or the app.'],
    ['src/views/__selfTest.ts', "import { App } from '../app/App.tsx';\nexport const s = App;\n", 'src/views is a feature: it must not import the app.'],
  ])('an import against the direction fails: %s', async (file, code, message) => {
    const messages = await ruleIds(code, file);
    expect(messages.some((m) => m.startsWith('import-x/no-restricted-paths') && m.includes(message))).toBe(true);
  }, 60_000);

  it('the same import in the allowed direction passes', async () => {
    expect(await ruleIds("import { catalogueOf } from '../dataset/catalogue.ts';\nexport const c = catalogueOf;\n", 'src/views/__selfTest.ts')).toEqual([]);
  }, 60_000);

  it('an import cycle fails', async () => {
    // datasetModel imports observationKey; observationKey importing datasetModel back closes a cycle.
    const code = "import { buildDatasetModel } from './datasetModel.ts';\nexport const b = buildDatasetModel;\n";
    const messages = await ruleIds(code, 'src/dataset/observationKey.ts');
    expect(messages.some((m) => m.startsWith('import-x/no-cycle'))).toBe(true);
  }, 60_000);
});
