// Without the shared texts the import says so in one line, exits 0 and leaves data/ alone.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const DATA = ['themes', 'regions', 'sources', 'metrics', 'observations'].map((t) => `data/${t}.json`);

describe('data:import-corpus without ../shared', () => {
  it('prints one line, exits 0 and writes nothing', () => {
    const before = DATA.map((f) => readFileSync(f, 'utf8'));
    const out = execFileSync('npx', ['tsx', 'scripts/corpus/importCorpus.ts'], {
      env: { ...process.env, FAZHI_SHARED_DIR: '/nonexistent-shared-dir' },
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toEqual([
      'data:import-corpus: skipped, /nonexistent-shared-dir/corpus/web-figures.json is not there (the shared texts are not beside this clone)',
    ]);
    expect(DATA.map((f) => readFileSync(f, 'utf8'))).toEqual(before);
  });
});
