// `npm run data:check [-- PATH]`: PATH is a data folder (default data/) or one JSON file holding all tables.
// Evidence spans are checked against their source texts in FAZHI_SHARED_DIR (default ../shared) when it is there.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATASET_FILES, type DatasetFiles } from '../src/dataset/files.ts';
import { checkDataset } from '../src/dataset/checkDataset.ts';
import { formatProblem } from '../src/dataset/problem.ts';
import { loadSharedTexts } from './sharedTexts.ts';

const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON: ${(error as Error).message}`);
    process.exit(1);
  }
};

const target = process.argv[2] ?? 'data';
const files: DatasetFiles = statSync(target).isDirectory()
  ? (Object.fromEntries(DATASET_FILES.map((t) => [t, readJson(path.join(target, `${t}.json`))])) as DatasetFiles)
  : (readJson(target) as DatasetFiles);

const shared = loadSharedTexts();
if (!shared.ok) console.log(`data:check: evidence-in-source check skipped: ${shared.reason}`);

const problems = checkDataset(files, shared.ok ? shared.texts : null);
for (const p of problems) console.error(formatProblem(p));
if (problems.length > 0) {
  console.error(`data:check: ${problems.length} problem(s) in ${target}`);
  process.exit(1);
}
const counts = DATASET_FILES.map((t) => `${(files[t] as unknown[]).length} ${t}`).join(', ');
const checked = shared.ok ? `, evidence checked against the texts in ${shared.dir}` : '';
console.log(`data:check: ${target} is consistent (${counts})${checked}`);
