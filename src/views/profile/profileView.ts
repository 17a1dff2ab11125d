// The theme profile: a theme's metrics side by side, each scaled to its largest value. Lazy.
import { lazy } from 'react';
import { loadChartModules } from '../../charts/registerEcharts.ts';
import { metricsOfTheme } from '../../dataset/datasetModel.ts';
import { profileCells } from '../../dataset/select/profileCells.ts';
import { noPopulationRecord, valueRecord } from '../../dataset/select/viewRecords.ts';
import { differences } from '../../dataset/select/comparability.ts';
import { defineView } from '../viewDescriptor.ts';
import { metricsOfThemeIds, singleYearText, themeDetail, themeTitle } from '../viewText.ts';

export type ProfileSelection = ReturnType<typeof profileCells>;

const ProfileView = lazy(() =>
  Promise.all([import('./ProfileView.tsx'), loadChartModules('legendScroll')]).then(([m]) => ({ default: m.ProfileView })),
);

export const profileView = defineView<ProfileSelection>({
  id: 'profile',
  Component: ProfileView,
  select: (model, f, regions) => profileCells(model.index, regions, metricsOfTheme(model, f.theme), f.year, f.perCapita, f.others),
  records: (profile, f) => ({
    kind: 'values',
    view: 'profile',
    scaled: true,
    records: [
      ...profile.cells.map((c) => ({ ...valueRecord(c.region, c.metric, c.observation, c.value, f.perCapita), scaled: c.scaled, differs: differences(c.observation) })),
      ...profile.noPopulation.map(({ region, metric }) => noPopulationRecord(region, metric)),
    ],
  }),
  neededMetrics: metricsOfThemeIds,
  yearControl: 'year',
  drawsChart: true,
  comparesValues: true,
  namesMissing: false,
  perCapita: (_model, f) => f.perCapita,
  exportTitle: themeTitle,
  exportDetail: (model, f, ctx) => themeDetail(model, f, ctx, [ctx.t('chart.scaledAxis')]),
  yearText: singleYearText,
  fileSubject: (f) => f.theme,
  fileYears: (f) => String(f.year),
});
