import { describe, expect, it } from 'vitest';
import type { Region } from '../../../src/dataset/schema.ts';
import { renderRegionsWithoutFullYear } from '../../../scripts/corpus/auditSections.ts';
import type { CorpusRecord } from '../../../scripts/corpus/corpusRecord.ts';

const region = (code: string, zh: string): Region => ({
  code,
  name: { zh, en: zh },
  level: 'county',
  province: { code: '430000', name: { zh: '湖南省', en: 'Hunan' } },
  population: null,
});
const record = (id: string, code: string, name: string): CorpusRecord => ({
  id,
  url: 'https://www.example.gov.cn/a.html',
  title: null,
  region: name,
  region_code: code,
  level: 'county',
  province: '湖南省',
  year: 2023,
  period: 'partial_year',
  source_type: 'news',
  issuer: '司法局',
  text: '今年以来,全县调解纠纷300件。',
  figures: [],
});

describe('renderRegionsWithoutFullYear', () => {
  const lines = renderRegionsWithoutFullYear(
    [region('430101', '甲县'), region('430102', '乙县'), region('430103', '丙县')],
    new Set(['430101']),
    [
      record('a-1', '430101', '甲县'),
      record('b-1', '430102', '乙县'),
      record('b-2', '430102', '乙县'),
      record('d-1', '430104', '丁县'),
    ],
    { 'b-1': { words: '今年以来', why: 'year to date' } },
  );

  it('lists each record of each region without one, with its reading or that it is not read yet', () => {
    expect(lines).toContain('| 乙县 (430102) | b-1 | «今年以来» | year to date |');
    expect(lines).toContain('| 乙县 (430102) | b-2 | — | not yet read |');
    expect(lines).toContain('| 丙县 (430103) | — | — | no corpus record |');
    expect(lines).toContain('| 丁县 (430104), nothing stored | d-1 | — | not yet read |');
    expect(lines.some((l) => l.includes('甲县'))).toBe(false);
  });

  it('counts the regions it lists', () => {
    expect(lines).toContain(
      '3 of 4 regions (of data/ and of the corpus) have no figure under the rankable core of the',
    );
  });
});
