// CLI.
//   npm run --silent extract -- FILE [--region CODE] [--year YYYY]
//     Prints only a JSON array of candidates on stdout; unreadable input exits non-zero with one line on stderr.
//   npm run extract -- DIR_OR_FILES… --out FILE.json [--region CODE] [--year YYYY]
//     Runs over folders and files with a progress bar on stderr: one result block per file in FILE.json, and a review
//     a person can read beside it (FILE.md). A bad file is a block with its problems; the run goes on.
// Files are .txt (UTF-8, GB18030/GBK, Big5), .pdf, .docx or .html, read by the input layer in src/ingest.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { SingleBar } from 'cli-progress';
import { extractFigures, inferReportYear } from '../src/extract/index.ts';
import { inferRegion } from '../src/ingest/inferRegion.ts';
import { loadDivisions, namesOf } from './extract/loadDivisions.ts';
import { problemMessage, readFile } from './extract/readFile.ts';
import { listReports, runBatch } from './extract/runBatch.ts';
import { batchSummary, reviewReport } from './extract/reviewReport.ts';

const USAGE = 'usage: extract FILE [--region CODE] [--year YYYY] | extract DIR_OR_FILES... --out FILE.json [--region CODE] [--year YYYY]';

class InputError extends Error {}

interface Args {
  help?: true;
  paths: string[];
  out?: string;
  region?: string;
  year?: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--region' || flag === '--year' || flag === '--out') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new InputError(`${flag} needs a value; ${USAGE}`);
      if (flag === '--region') args.region = value;
      else if (flag === '--out') args.out = value;
      else if (!/^\d{4}$/.test(value)) throw new InputError(`--year must be a four-digit year, got "${value}"`);
      else args.year = Number(value);
    } else if (arg === '--help' || arg === '-h') {
      args.help = true;
    } else if (arg.startsWith('--') && arg !== '--') {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else if (arg !== '--') {
      args.paths.push(arg);
    }
  }
  if (args.help) return args;
  if (args.paths.length === 0) throw new InputError(USAGE);
  // npm runs the script in the project's folder; paths are the user's, from the folder npm was run in (INIT_CWD).
  args.paths = args.paths.map(fromWhereRun);
  if (args.out !== undefined) args.out = fromWhereRun(args.out);
  if (args.out === undefined && args.paths.length > 1) throw new InputError(`several files need --out FILE.json; ${USAGE}`);
  return args;
}

/** A path given on the command line, as seen from the folder the command was run in. */
const fromWhereRun = (path: string): string => {
  const full = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  const here = relative(process.cwd(), full);
  return here.startsWith('..') ? full : here || '.';
};

/** A note on stderr that does not stop the run (stdout stays the JSON array alone). */
const note = (message: string) => process.stderr.write(`extract: note: ${message}\n`);

async function single(args: Args): Promise<void> {
  const read = await readFile(args.paths[0]!);
  if (!read.ok) throw new InputError(`${args.paths[0]}: ${problemMessage(read)}`);
  // As in a batch run: the region named by the title (or most often in the text) when --region is not given.
  const inferred = args.region === undefined ? inferRegion(read.text, loadDivisions()) : undefined;
  const region = args.region ?? inferred?.code;
  if (inferred) note(`region ${inferred.code} ${inferred.name} read from the text; give --region to change it`);
  const year = args.year ?? inferReportYear(read.text);
  if (region === undefined) note("no region is named clearly enough in the text, so a part's figure may read as the region's; give --region");
  if (year === undefined) note('no report year is stated in the title, so figures carry no year; give --year');
  const candidates = extractFigures(read.text, { region, year, ...namesOf(region) });
  process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
}

async function batch(args: Args & { out: string }): Promise<void> {
  const files = listReports(args.paths);
  if (files.length === 0) throw new InputError(`no report files (.txt, .pdf, .docx, .html) in ${args.paths.join(', ')}`);
  const bar = new SingleBar({ stream: process.stderr, format: 'extract [{bar}] {value}/{total} {file}', noTTYOutput: true, notTTYSchedule: 1000, hideCursor: true });
  bar.start(files.length, 0, { file: '' });
  const results = await runBatch(files, {
    region: args.region,
    year: args.year,
    divisions: loadDivisions(),
    onFile: (file, done) => bar.update(done, { file }),
  }).finally(() => {
    bar.update(files.length, { file: '' });
    bar.stop();
  });
  const review = args.out.replace(/\.json$/i, '') + '.md';
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, `${JSON.stringify({ files: results }, null, 2)}\n`);
  writeFileSync(review, `${reviewReport(results)}\n`);
  process.stderr.write(`extract: ${batchSummary(results)}; wrote ${args.out} and ${review}\n`);
}

async function main(): Promise<number> {
  try {
    const args = parseArgs(process.argv.slice(2));
    if (args.help) {
      process.stdout.write(`${USAGE}\nFiles: .txt (UTF-8, GB18030/GBK, Big5), .pdf, .docx, .html. See README.md, "Report files".\n`);
      return 0;
    }
    if (args.region !== undefined && !loadDivisions().some((d) => d.code === args.region))
      throw new InputError(`--region must be a GB/T 2260 code of a province, city or county (such as 441800), got "${args.region}"`);
    const dirGiven = args.paths.length === 1 && listReports(args.paths)[0] !== args.paths[0];
    if (args.out !== undefined) await batch({ ...args, out: args.out });
    else if (dirGiven) throw new InputError(`a folder needs --out FILE.json; ${USAGE}`);
    else await single(args);
    return 0;
  } catch (e) {
    const message = e instanceof InputError ? e.message : `extract failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${message.replace(/\s+/g, ' ')}\n`);
    return e instanceof InputError ? 2 : 1;
  }
}

process.exitCode = await main();
