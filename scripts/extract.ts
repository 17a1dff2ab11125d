// CLI: npm run --silent extract -- FILE.txt [--region CODE] [--year YYYY]
// Prints only a JSON array of candidates on stdout; any unreadable input exits non-zero with one
// line on stderr and nothing on stdout.
import { readFileSync } from 'node:fs';
import { extractFigures, inferReportYear } from '../src/extract/index.ts';

const USAGE = 'usage: extract FILE.txt [--region CODE] [--year YYYY]';

class InputError extends Error {}

interface Args {
  file: string;
  region?: string;
  year?: number;
}

function parseArgs(argv: readonly string[]): Args {
  let file: string | undefined;
  let region: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    if (flag === '--region' || flag === '--year') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') throw new InputError(`${flag} needs a value; ${USAGE}`);
      if (flag === '--region') {
        region = value; // passed through; the grammar does not depend on it
      } else {
        if (!/^\d{4}$/.test(value)) throw new InputError(`--year must be a four-digit year, got "${value}"`);
        year = Number(value);
      }
    } else if (arg.startsWith('--') && arg !== '--') {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else if (arg !== '--') {
      if (file !== undefined) throw new InputError(`only one file may be given; ${USAGE}`);
      file = arg;
    }
  }
  if (file === undefined) throw new InputError(USAGE);
  return { file, region, year };
}

/** Text of the file, or an InputError saying why it is not a plain-text report. */
function readReport(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new InputError(`cannot read ${file}: ${code}`);
  }
  if (bytes.includes(0)) throw new InputError(`${file} is binary (contains NUL bytes)`);
  let text: string;
  try {
    // ignoreBOM keeps a byte-order mark in the text, so offsets match a plain readFileSync(file, 'utf8').
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new InputError(`${file} is not valid UTF-8`);
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) control++;
  }
  if (text.length > 0 && control / text.length > 0.05)
    throw new InputError(`${file} looks binary (${control} control characters)`);
  return text;
}

function main(): number {
  try {
    const args = parseArgs(process.argv.slice(2));
    const text = readReport(args.file);
    const year = args.year ?? inferReportYear(text);
    const candidates = extractFigures(text, { region: args.region, year });
    process.stdout.write(`${JSON.stringify(candidates, null, 2)}\n`);
    return 0;
  } catch (e) {
    const message =
      e instanceof InputError ? e.message : `extract failed: ${e instanceof Error ? e.message : String(e)}`;
    process.stderr.write(`${message.replace(/\s+/g, ' ')}\n`);
    return e instanceof InputError ? 2 : 1;
  }
}

process.exitCode = main();
