// `npm run data:corpus-targets`: issue #15's two counts over data/observations.json, for the whole dataset and for the
// corpus's regions alone (the five reports' regions left out).
import { readFileSync } from 'node:fs';
import type { Observation, Source } from '../../src/dataset/schema.ts';
import { targetCounts } from './targets.ts';

const observations = JSON.parse(readFileSync('data/observations.json', 'utf8')) as Observation[];
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Source[];
const reportRegions = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.region));

const all = targetCounts(observations);
const corpusOnly = targetCounts(observations, reportRegions);
console.log(
  `regions with a headline figure of any scope or period: ${all.anyHeadline} (corpus regions alone: ${corpusOnly.anyHeadline}); target ≥ 70`,
);
console.log(
  `regions with a headline figure that is their own full-year total: ${all.fullYearHeadline} (corpus regions alone: ${corpusOnly.fullYearHeadline}); target ≥ 50`,
);
