// Shared by the export unit tests: the small fixture as a model, and real translations in either language.
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { buildDatasetModel, type DatasetModel } from '../../../src/dataset/datasetModel.ts';
import { parseDataset } from '../../../src/dataset/schema.ts';
import { zh } from '../../../src/i18n/zh.ts';
import { en } from '../../../src/i18n/en.ts';
import type { BuildContext } from '../../../src/charts/buildContext.ts';
import { DEFAULT_FILTERS, type Filters } from '../../../src/view-state/filters.ts';
import type { Lang } from '../../../src/i18n/lang.ts';

export const fixtureModel = (): DatasetModel =>
  buildDatasetModel(parseDataset(JSON.parse(readFileSync('tests/fixtures/small-dataset.json', 'utf8'))));

export const contextFor = async (lang: Lang, dark = false): Promise<BuildContext> => {
  const i18n = i18next.createInstance();
  await i18n.init({ lng: lang, resources: { zh: { translation: zh }, en: { translation: en } }, interpolation: { escapeValue: false } });
  return { t: i18n.getFixedT(lang), lang, dark };
};

const themes = fixtureModel().metricById;
/** Filters as parseQuery makes them: the theme is always the metric's. */
export const filtersWith = (patch: Partial<Filters>): Filters => {
  const metric = patch.metric ?? DEFAULT_FILTERS.metric;
  return { ...DEFAULT_FILTERS, ...patch, metric, theme: patch.theme ?? themes.get(metric)?.theme ?? DEFAULT_FILTERS.theme };
};
