// Two sections of the review report that audit the period and scope of what the import stored: full-year labels whose
// sentence speaks of part of a year, and the regions still without a full-year regional headline figure, each record
// with the words that decide it (issue #15).
import type { Region } from '../../src/dataset/schema.ts';
import type { CorpusRecord } from './corpusRecord.ts';
import type { NoFullYearReading } from './noFullYearReadings.ts';
import type { RecordReview } from './reviewReport.ts';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const SETTLED = {
  decision: 'a written decision sets the period',
  confirmed: 'a written decision keeps the full year',
  text_wins: 'no decision: stored with period unknown',
} as const;

/** Every figure labelled (or mapped to) a full year although part-year words come before it in its sentence. */
export function renderPartYearFlags(reviews: RecordReview[]): string[] {
  const rows = reviews.flatMap((r) =>
    r.mapped.flatMap((m) => {
      if (m.partYear === undefined) return [];
      const how = m.observation === null ? 'not stored anyway' : SETTLED[m.partYear.settled];
      const period = m.observation === null ? '' : `; stored as ${m.observation.period.kind}`;
      return [`| ${m.ref} | «${cell(m.figure.clause)}» | «${cell(m.partYear.words)}» | ${how}${period} |`];
    }),
  );
  return [
    '## Full-year labels whose sentence speaks of part of a year',
    '',
    'A figure the label (or its record) calls a full year, with words such as 今年以来, 截至目前 or 目前 before it in its',
    'sentence and no year named nearer to it (`partYearWords` in `scripts/corpus/clauseReading.ts`). Each needs a written',
    'decision in `figureDecisions.ts`; without one it is stored with period unknown. The reasons are in the record tables below.',
    '',
    ...(rows.length === 0
      ? ['None.']
      : ['| figure | clause | words before it | settled |', '|---|---|---|---|', ...rows]),
    '',
  ];
}

/** The regions of data/ and of the corpus without a full-year regional headline figure, and why each of their corpus
 * records gives none. A corpus region none of whose figures was stored is not in data/ but is listed too. */
export function renderRegionsWithoutFullYear(
  regions: Region[],
  withFullYear: ReadonlySet<string>,
  records: CorpusRecord[],
  readings: Record<string, NoFullYearReading>,
): string[] {
  const named = new Map(regions.map((r) => [r.code, `${r.name.zh} (${r.code})`]));
  for (const r of records)
    if (!named.has(r.region_code)) named.set(r.region_code, `${r.region} (${r.region_code}), nothing stored`);
  const lacking = [...named.keys()].filter((code) => !withFullYear.has(code)).sort();
  const rows = lacking.flatMap((code) => {
    const name = named.get(code) ?? code;
    const own = records.filter((r) => r.region_code === code);
    if (own.length === 0) return [`| ${name} | — | — | no corpus record |`];
    return own.map((record) => {
      const reading = readings[record.id];
      if (reading === undefined) return `| ${name} | ${record.id} | — | not yet read |`;
      const words = reading.words === undefined ? '—' : `«${cell(reading.words)}»`;
      return `| ${name} | ${record.id} | ${words} | ${cell(reading.why)} |`;
    });
  });
  return [
    '## Regions without a full-year regional headline figure',
    '',
    `${lacking.length} of ${named.size} regions (of data/ and of the corpus) have no figure under the rankable core of the`,
    'four headline themes (mediation, review, court appearance, legal aid) that is their own full-year total. Each of',
    'their records, read clause by clause, the text over the label (`scripts/corpus/noFullYearReadings.ts`):',
    '',
    '| region | record | deciding words | why not a full-year regional total |',
    '|---|---|---|---|',
    ...rows,
    '',
  ];
}
