// What readers see of data/ (names, definitions, notes, subjects, titles) is said in words: no schema token such as
// sub_unit or government_own shows through.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const TOKEN = /\b(?:sub_unit|government_own|sub_category|full_year|partial_year|multi_year|lower_bound)\b/;

/** Every zh/en text of a table, with where it is. */
function bilingualTexts(value: unknown, at: string): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => bilingualTexts(v, `${at}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]): [string, string][] =>
    (key === 'zh' || key === 'en') && typeof v === 'string'
      ? [[`${at}.${key}`, v]]
      : bilingualTexts(v, `${at}.${key}`),
  );
}

describe('reader-facing text of data/', () => {
  it.each(['metrics', 'observations', 'sources', 'regions', 'themes'])(
    '%s.json says it in words',
    (table) => {
      const texts = bilingualTexts(JSON.parse(readFileSync(`data/${table}.json`, 'utf8')), table);
      expect(texts.length).toBeGreaterThan(0);
      expect(texts.filter(([, text]) => TOKEN.test(text))).toEqual([]);
    },
  );

  it('would catch a token', () => {
    expect(bilingualTexts([{ note: { zh: '标为 sub_unit', en: 'one room' } }], 't')).toEqual([
      ['t[0].note.zh', '标为 sub_unit'],
      ['t[0].note.en', 'one room'],
    ]);
    expect(TOKEN.test('标为 sub_unit,不比较')).toBe(true);
    expect(TOKEN.test('仅该调解室')).toBe(false);
  });
});
