// The readings of the regions without a full-year regional headline figure quote their pages and cover exactly the
// regions that still lack one. The corpus is not part of the project (../shared); without it the check skips and says so.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Observation } from '../../../src/dataset/schema.ts';
import { readCorpus } from '../../../scripts/corpus/corpusRecord.ts';
import { NO_FULL_YEAR_READINGS } from '../../../scripts/corpus/noFullYearReadings.ts';
import { regionsWithFullYearHeadline } from '../../../scripts/corpus/targets.ts';

const corpus = readCorpus();
if (corpus === null)
  console.warn('noFullYearReadings: skipped, ../shared/corpus/web-figures.json is not beside this clone');

describe.skipIf(corpus === null)(
  'readings of the regions without a full-year regional headline figure',
  () => {
    const records = new Map((corpus ?? []).map((r) => [r.id, r]));
    const observations = JSON.parse(readFileSync('data/observations.json', 'utf8')) as Observation[];
    const withFullYear = regionsWithFullYearHeadline(observations);

    it('quotes each record’s own text', () => {
      for (const [id, reading] of Object.entries(NO_FULL_YEAR_READINGS)) {
        const record = records.get(id);
        expect(record, id).toBeDefined();
        if (reading.words !== undefined) expect(record?.text.includes(reading.words), id).toBe(true);
      }
    });

    it('reads every record of every region still without one, and no other', () => {
      const lacking = [...records.values()].filter((r) => !withFullYear.has(r.region_code)).map((r) => r.id);
      expect(Object.keys(NO_FULL_YEAR_READINGS).sort()).toEqual(lacking.sort());
    });
  },
);
