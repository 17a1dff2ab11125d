// Coverage: which region has which metric of the theme in which years. Lazy.
import { lazy } from 'react';
import { metricsOfTheme } from '../../dataset/datasetModel.ts';
import { coverage } from '../../dataset/select/coverage.ts';
import type { Metric } from '../../dataset/schema.ts';
import type { CoverageRow } from '../../dataset/select/coverage.ts';
import { defineView } from '../viewDescriptor.ts';
import { metricsOfThemeIds, themeTitle } from '../viewText.ts';

export interface CoverageSelection {
  metrics: Metric[];
  rows: CoverageRow[];
}

const CoverageView = lazy(() => import('./CoverageView.tsx').then((m) => ({ default: m.CoverageView })));

export const coverageView = defineView<CoverageSelection>({
  id: 'coverage',
  Component: CoverageView,
  select: (model, f, regions) => {
    const metrics = metricsOfTheme(model, f.theme);
    return { metrics, rows: coverage(model.index, regions, metrics) };
  },
  records: ({ metrics, rows }) => ({ kind: 'coverage', metrics, rows }),
  neededMetrics: metricsOfThemeIds,
  yearControl: 'year',
  drawsChart: false,
  comparesValues: false,
  namesMissing: false,
  perCapita: () => false,
  exportTitle: themeTitle,
  exportDetail: (_model, _f, ctx) => ctx.t('coverage.allYears'),
  yearText: (_model, _f, ctx) => ctx.t('coverage.allYears'),
  fileSubject: (f) => f.theme,
  fileYears: () => 'all-years',
});
