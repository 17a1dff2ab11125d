import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/dataset/checkDataset.ts';
import { formatProblem } from '../../src/dataset/problem.ts';
import type { DatasetFiles } from '../../src/dataset/files.ts';
import type { Observation } from '../../src/dataset/schema.ts';
import { loadSharedTexts } from '../../scripts/sharedTexts.ts';

const fixture = (name: string) => JSON.parse(readFileSync(`tests/fixtures/${name}.json`, 'utf8')) as DatasetFiles;
// The fixtures' own report texts, written for these tests (tests/fixtures/texts/reports/fixture-*.txt).
const FIXTURE_TEXTS_DIR = 'tests/fixtures/texts';
const fixtureTexts = () => {
  const loaded = loadSharedTexts(FIXTURE_TEXTS_DIR);
  if (!loaded.ok) throw new Error(loaded.reason);
  return loaded.texts;
};
const linesFor = (name: string) => checkDataset(fixture(name), fixtureTexts()).map(formatProblem);
const small = () => fixture('small-dataset') as { observations: Observation[] } & DatasetFiles;
const linesOf = (files: DatasetFiles) => checkDataset(files, fixtureTexts()).map(formatProblem);

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
    ['subject-missing', 'data/observations.json #5 (411500 2023 mediation.cases government_own full_year) · subject: scope "government_own" needs a subject'],
    ['basis-on-rate', 'data/observations.json #2 (440900 2024 mediation.success_rate) · basis: basis "accepted" is for counts, but mediation.success_rate is in percent'],
    ['denominator-on-count', 'data/observations.json #0 (440900 2024 mediation.cases) · denominator: a denominator is for rates, but mediation.cases is in count'],
    ['period-months-out-of-range', 'data/observations.json #5 (411500 2023 mediation.cases region partial_year) · period.months: months [1, 13] must be between 1 and 12'],
    ['period-months-reversed', 'data/observations.json #5 (411500 2023 mediation.cases region partial_year) · period.months: months run from 11 to 1'],
    ['multi-year-reversed', 'data/observations.json #6 (411500 2023 review.cases region multi_year) · period.from: years run from 2023 to 2021'],
    ['multi-year-beyond-record', "data/observations.json #6 (411500 2023 review.cases region multi_year) · period: a multi-year period cannot reach past the record's year 2023, but it says 2025"],
    ['rate-parts-differ', 'data/observations.json #2 (440900 2024 mediation.success_rate region partial_year) · scope: the rate is region/partial_year but its part mediation.cases from the same report is region/full_year'],
    ['source-without-text', 'data/sources.json #1 (fixture-411500-2023) · file: needs a file (../shared/reports) or a corpus_id'],
    ['source-file-and-corpus-id', 'data/sources.json #1 (fixture-411500-2023) · corpus_id: has both a file and a corpus_id: keep exactly one'],
    ['phrase-not-quoted', 'data/observations.json #5 (411500 2023 mediation.cases region partial_year) · period.phrase: "1-11月" occurs neither in the evidence nor in the text of source fixture-411500-2023'],
    ['evidence-not-in-source', 'data/observations.json #0 (440900 2024 mediation.cases) · evidence: "共调解45060件" is not verbatim in reports/fixture-a.txt'],
  ])('%s fires with an actionable line', (name, expected) => {
    const lines = linesFor(`bad/${name}`);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.startsWith(expected), lines.join('\n')).toBe(true);
  });

  it('the same metric in another scope or period is another observation, not a conflicting duplicate', () => {
    const files = small();
    const [first] = files.observations;
    if (!first) throw new Error('fixture has no observations');
    files.observations.push(
      { ...first, value: 120, scope: 'government_own', subject: { zh: '市政府（作为复议机关）', en: 'the municipal government as review body' } },
      { ...first, value: 30000, period: { kind: 'partial_year', months: [1, 6] } },
    );
    expect(linesOf(files)).toEqual([]);
  });

  it('compares parts with wholes only within one scope and period', () => {
    const files = small();
    // A named office's count above the region's total is no contradiction: they are different objects.
    files.observations.push({
      ...files.observations[1]!,
      value: 50000,
      scope: 'sub_unit',
      subject: { zh: '区道路交通事故纠纷调解室', en: 'the district road-traffic dispute mediation room' },
    });
    expect(linesOf(files)).toEqual([]);
  });

  // The small fixture plus metrics it lacks, and observations of 440900 2024 pushed after its ten records (#10 on).
  const withFigures = (figures: Array<[metric: string, unit: 'count' | 'yuan' | 'percent', value: number, extra?: Partial<Observation>]>) => {
    const files = small() as unknown as {
      themes: { id: string; name: { zh: string; en: string } }[];
      metrics: { id: string }[];
      observations: Observation[];
    } & DatasetFiles;
    for (const [metric, unit, value, extra] of figures) {
      const theme = metric.split('.')[0] ?? '';
      if (!files.themes.some((t) => t.id === theme)) files.themes.push({ id: theme, name: { zh: theme, en: theme } });
      if (!files.metrics.some((m) => m.id === metric))
        files.metrics.push({ id: metric, theme, unit, name: { zh: metric, en: metric }, definition: { zh: metric, en: metric }, direction: 'neutral', rankable: false } as never);
      files.observations.push({
        region: '440900', year: 2024, metric, value, qualifier: 'exact', source: 'fixture-440900-2024', evidence: '共受理45060件',
        scope: 'region', period: { kind: 'full_year' }, ...extra,
      });
    }
    return files;
  };

  it.each([
    ['mediation.police_station_cases', 'mediation.cases', 50000, null],
    ['mediation.police_station_resolved', 'mediation.police_station_cases', 30, 20],
    ['review.settled', 'review.concluded', 30, 20],
    ['legal_aid.migrant_worker_cases', 'legal_aid.cases', 30, 20],
    ['legal_aid.military_cases', 'legal_aid.cases', 30, 20],
  ] as const)('%s above %s fires', (part, whole, partValue, wholeValue) => {
    const files = withFigures([[part, 'count', partValue], ...(wholeValue === null ? [] : [[whole, 'count', wholeValue] as [string, 'count', number]])]);
    const wholeShown = wholeValue ?? 45060;
    expect(linesOf(files)).toEqual([`data/observations.json #10 (440900 2024 ${part}) · value: ${partValue} is greater than ${whole} ${wholeShown}`]);
  });

  it('money recovered for migrant workers cannot exceed all money recovered', () => {
    const files = withFigures([['legal_aid.migrant_worker_recovered', 'yuan', 3000000], ['legal_aid.recovered', 'yuan', 2000000]]);
    expect(linesOf(files)).toEqual([
      'data/observations.json #10 (440900 2024 legal_aid.migrant_worker_recovered) · value: 3000000 is greater than legal_aid.recovered 2000000',
    ]);
  });

  it('counts on different bases bound nothing: 受理 above 办理 is no contradiction', () => {
    const files = withFigures([['review.settled', 'count', 30, { basis: 'accepted' }], ['review.concluded', 'count', 20]]);
    expect(linesOf(files)).toEqual([]);
  });

  it.each([
    ['mediation.police_station_success_rate', 'mediation.police_station_resolved', 'mediation.police_station_cases'],
    ['review.settlement_rate', 'review.settled', 'review.concluded'],
  ] as const)('a stated %s that disagrees with its parts fires', (rate, part, whole) => {
    const files = withFigures([[part, 'count', 25], [whole, 'count', 50], [rate, 'percent', 60]]);
    expect(linesOf(files)).toEqual([`data/observations.json #12 (440900 2024 ${rate}) · value: stated rate 60 disagrees with ${part}/${whole} = 50.00`]);
  });

  it('a period phrase may stand outside the evidence when the source text has it', () => {
    const files = small();
    files.observations[5] = { ...files.observations[5]!, period: { kind: 'partial_year', phrase: '今年以来' } };
    expect(linesOf(files)).toEqual([]);
  });

  it('without the texts, the text rules stay silent rather than guess', () => {
    expect(checkDataset(fixture('bad/evidence-not-in-source'), null)).toEqual([]);
    expect(checkDataset(fixture('bad/phrase-not-quoted'), null)).toEqual([]);
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

  it('without the texts the command says in one line that it skipped the evidence check, and still passes', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/data-check.ts', 'tests/fixtures/bad/evidence-not-in-source.json'], {
      stdio: 'pipe',
      env: { ...process.env, FAZHI_SHARED_DIR: 'tests/fixtures/no-such-folder' },
    }).toString();
    const skipped = out.split('\n').filter((l) => l.includes('skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toContain('evidence-in-source check skipped');
    expect(skipped[0]).toContain('../shared/reports');
  });

  it('with the texts the command reports an evidence span that is not in its source', () => {
    let stderr = '';
    try {
      execFileSync('npx', ['tsx', 'scripts/data-check.ts', 'tests/fixtures/bad/evidence-not-in-source.json'], {
        stdio: 'pipe',
        env: { ...process.env, FAZHI_SHARED_DIR: FIXTURE_TEXTS_DIR },
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toContain('"共调解45060件" is not verbatim in reports/fixture-a.txt');
  });
});
