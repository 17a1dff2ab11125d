// `npm run data:corpus-targets`: issue #15's two counts over data/observations.json, for the whole dataset and for the
// corpus's regions alone (the five reports' regions left out).
import { readFileSync } from 'node:fs';
import type { Metric, Observation, Source } from '../../src/dataset/schema.ts';
import { HEADLINE_METRICS, targetCounts } from './targets.ts';

const observations = JSON.parse(readFileSync('data/observations.json', 'utf8')) as Observation[];
const sources = JSON.parse(readFileSync('data/sources.json', 'utf8')) as Source[];
const reportRegions = new Set(sources.filter((s) => s.file !== undefined).map((s) => s.region));

const metrics = JSON.parse(readFileSync('data/metrics.json', 'utf8')) as Metric[];
const flagged = new Set(metrics.filter((m) => m.headline === true).map((m) => m.id));

const strict = targetCounts(observations, new Set(), flagged);
console.log(
  `counting only the catalogue's ${flagged.size} headline-flagged metrics: ${strict.anyHeadline} regions with any, ${strict.fullYearHeadline} with a full-year regional total`,
);
console.log(
  `counting the contract's rankable core of the four headline themes (${HEADLINE_METRICS.size} metrics):`,
);
const all = targetCounts(observations);
const corpusOnly = targetCounts(observations, reportRegions);
console.log(
  `regions with a headline figure of any scope or period: ${all.anyHeadline} (corpus regions alone: ${corpusOnly.anyHeadline}); target ≥ 70`,
);
console.log(
  `regions with a headline figure that is their own full-year total: ${all.fullYearHeadline} (corpus regions alone: ${corpusOnly.fullYearHeadline}); target ≥ 50`,
);
