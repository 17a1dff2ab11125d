import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/checkDataset.ts';
import { formatProblem } from '../../src/dataset/problem.ts';
import type { DatasetFiles } from '../../src/dataset/files.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as DatasetFiles;
const linesFor = (name: string) => checkDataset(fixture(name)).map(formatProblem);

describe('data:check rules', () => {
  it('passes the small valid fixture', () => {
    expect(linesFor('small-dataset')).toEqual([]);
  });

  // Each bad fixture breaks exactly one rule; the line must name the file, the record, the field and the fault.
  it.each([
    ['unknown-reference', 'data/observations.json #0 (440900 2024 mediation.casez) · metric: unknown metric "mediation.casez"'],
    ['conflicting-duplicate', 'data/observations.json #10 (440900 2024 mediation.cases) · value: duplicate of an earlier record with value 45060'],
    ['percent-out-of-range', 'data/observations.json #2 (440900 2024 mediation.success_rate) · value: percent 198.2 is outside 0–100'],
    ['negative-count', 'data/observations.json #6 (411500 2023 review.cases) · value: negative count -1500'],
    ['part-above-whole', 'data/observations.json #8 (441802 2024 mediation.resolved) · value: 3200 is greater than mediation.cases 3120'],
    ['rate-disagrees', 'data/observations.json #2 (440900 2024 mediation.success_rate) · value: stated rate 92.2 disagrees with mediation.resolved/mediation.cases = 98.21'],
    ['derived-does-not-follow', 'data/observations.json #4 (440900 2023 review.cases) · value: derived 1128 does not follow from its inputs, which give 1028.00'],
    ['wrong-type', 'data/observations.json #1 (440900 2024 mediation.resolved) · value: Invalid type: Expected number but received "44252"'],
    ['evidence-too-long', 'data/observations.json #0 (440900 2024 mediation.cases) · evidence: Invalid length: Expected <=60 but received 73'],
  ])('%s fires with an actionable line', (name, expected) => {
    const lines = linesFor(`bad/${name}`);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.some((l) => l.startsWith(expected))).toBe(true);
  });

  it('the command exits non-zero and prints the line', () => {
    let failed = false;
    try {
      execFileSync('npx', ['tsx', 'scripts/data-check.ts', 'tests/fixtures/bad/rate-disagrees.json'], { stdio: 'pipe' });
    } catch (error) {
      failed = true;
      expect(String((error as { stderr: Buffer }).stderr)).toContain('stated rate 92.2 disagrees');
    }
    expect(failed).toBe(true);
  });
});
