// A merge left its conflict markers in the README once, and nothing noticed: no text file of the project may hold one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['README.md', 'index.html', 'package.json', 'src', 'data', 'scripts', 'tests', 'public', '.ci'];
const TEXT = /\.(md|ts|tsx|js|mjs|json|html|css|txt|sh|yml|yaml)$|^run$/;
const MARKER = /^(<{7}|>{7}) |^={7}$/m;

const files = (path: string): string[] =>
  statSync(path).isDirectory() ? readdirSync(path).flatMap((name) => files(join(path, name))) : TEXT.test(path.split('/').pop() ?? '') ? [path] : [];

describe('no merge conflict markers', () => {
  it('in any text file of the project', () => {
    const found = ROOTS.flatMap(files).filter((f) => MARKER.test(readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('the pattern finds one', () => {
    expect(MARKER.test('text\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> branch\n')).toBe(true);
    expect(MARKER.test('a heading\n=======\n')).toBe(true);
    expect(MARKER.test('a ======= inside a line')).toBe(false);
  });
});
