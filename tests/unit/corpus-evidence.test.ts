// Every observation that comes from a corpus page quotes that page: its evidence occurs verbatim in the record's text.
// The corpus is not part of the project (../shared); without it the check skips and says so in one line.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Observation, Source } from '../../src/dataset/schema.ts';
import { readCorpus } from '../../scripts/corpus/corpusRecord.ts';

const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Source[];
const observations = JSON.parse(readFileSync('data/observations.json', 'utf8')) as Observation[];
const corpus = readCorpus();
if (corpus === null)
  console.warn('corpus-evidence: skipped, ../shared/corpus/web-figures.json is not beside this clone');

const corpusSources = new Map(sources.filter((s) => s.corpus_id !== undefined).map((s) => [s.id, s]));
const fromCorpus = observations.filter((o) => corpusSources.has(o.source));

describe('corpus-sourced data', () => {
  it('has corpus sources and observations from them', () => {
    expect(corpusSources.size).toBeGreaterThan(100);
    expect(fromCorpus.length).toBeGreaterThan(700);
  });

  it('gives every corpus source a URL and no report file', () => {
    for (const s of corpusSources.values()) {
      expect(s.url, s.id).toMatch(/^https?:\/\//);
      expect(s.file, s.id).toBeUndefined();
    }
  });
});

describe.skipIf(corpus === null)('evidence in the corpus texts', () => {
  const textOf = new Map((corpus ?? []).map((r) => [r.id, r.text]));

  it('points every corpus source at a record that exists', () => {
    for (const s of corpusSources.values()) expect(textOf.has(s.corpus_id ?? ''), s.id).toBe(true);
  });

  it('finds every evidence span verbatim in its record, at most 60 characters', () => {
    const missing = fromCorpus.filter((o) => {
      const text = textOf.get(corpusSources.get(o.source)?.corpus_id ?? '') ?? '';
      return o.evidence.length > 60 || !text.includes(o.evidence);
    });
    expect(missing.map((o) => `${o.source}: ${o.evidence}`)).toEqual([]);
  });

  it('finds every period phrase in the evidence or the record', () => {
    const missing = fromCorpus.filter((o) => {
      const phrase = o.period.phrase;
      const text = textOf.get(corpusSources.get(o.source)?.corpus_id ?? '') ?? '';
      return phrase !== undefined && !o.evidence.includes(phrase) && !text.includes(phrase);
    });
    expect(missing.map((o) => `${o.source}: ${o.period.phrase ?? ''}`)).toEqual([]);
  });
});
