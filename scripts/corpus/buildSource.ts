// One source per corpus record: title, issuer, date, kind, URL, and who published the page (official site, news outlet or mirror).
import type { Source } from '../../src/dataset/schema.ts';
import type { CorpusRecord } from './corpusRecord.ts';
import { AGGREGATORS, NEWS_OUTLETS, SOURCE_NAMES } from './sourceNames.ts';

/** Ascii id from the record id: letters and digits stay, anything else becomes "-" (bozhou-2016_2019-1 → bozhou-2016-2019-1). */
export const sourceIdOf = (recordId: string): string => recordId.toLowerCase().replace(/[^a-z0-9]+/g, '-');

const matchHost = <T>(host: string, table: Record<string, T>): T | undefined =>
  Object.entries(table).find(([domain]) => host === domain || host.endsWith(`.${domain}`))?.[1];

export interface Publication {
  publisher?: { zh: string; en: string };
  mirror: boolean;
}

/** *.gov.cn is the issuer's own site; a known outlet publishes its own story; big5 gateways, aggregators and
 * any other host are copies of a page published elsewhere. */
export function publicationOf(url: string): Publication {
  const host = new URL(url).hostname.toLowerCase();
  if (host.endsWith('.gov.cn')) return { mirror: false };
  const aggregator = matchHost(host, AGGREGATORS);
  if (aggregator !== undefined) return { publisher: aggregator, mirror: true };
  const outlet = matchHost(host, NEWS_OUTLETS);
  if (outlet !== undefined) return { publisher: outlet, mirror: host.startsWith('big5.') };
  return { publisher: { zh: host, en: host }, mirror: true };
}

// A page's own date, as its header writes it: after 时间/日期/发布/来源, or in the forms prose never uses
// (2020-03-20; 2025年06月13日 with zero-padded month and day). Body dates like 2022年4月26日 are not the page's.
const LABELLED_DATE =
  /(?:时间|時間|日期|发布|發布|來源|来源)[^\d\n]{0,12}(20\d{2})\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})/;
const HEADER_DATE = /(?<![\d.])(20\d{2})(?:-(\d{2})-(\d{2})|年(\d{2})月(\d{2})日)/;

/** The page's own date when its header gives one (within the first lines), as ISO; else null. */
export function pageDate(text: string): string | null {
  const head = text.slice(0, 400);
  const labelled = LABELLED_DATE.exec(head);
  const header = labelled === null ? HEADER_DATE.exec(head) : null;
  const m = labelled ?? header;
  if (m === null) return null;
  const [, y = '', ...rest] = m;
  const [mo = '', d = ''] = rest.filter((x): x is string => x !== undefined);
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso ? null : iso;
}

export function buildSource(record: CorpusRecord, year: number): Source {
  const names = SOURCE_NAMES[record.id];
  if (names === undefined) throw new Error(`scripts/corpus/sourceNames.ts has no entry for ${record.id}`);
  const [titleZh, titleEn, issuerEn] = names;
  const zh = record.title ?? titleZh;
  if (zh === null) throw new Error(`${record.id}: the page has no title and sourceNames.ts gives none`);
  const source: Source = {
    id: sourceIdOf(record.id),
    region: record.region_code,
    year,
    title: { zh, en: titleEn },
    issuer: { zh: record.issuer, en: issuerEn },
    date: pageDate(record.text),
    kind: record.source_type as Source['kind'],
    url: record.url,
    corpus_id: record.id,
  };
  const publication = publicationOf(record.url);
  if (publication.publisher !== undefined) source.publisher = publication.publisher;
  source.mirror = publication.mirror;
  return source;
}
