// A region's page: its figures by theme, ranked among comparable peers of its level, its notable figures and sources.
import { lazy } from 'react';
import { regionProfile, type RegionProfile } from '../../dataset/select/regionProfile.ts';
import { valueRecord } from '../../dataset/select/viewRecords.ts';
import { localName } from '../../i18n/localName.ts';
import { defineView } from '../viewDescriptor.ts';
import type { DatasetModel } from '../../dataset/datasetModel.ts';
import type { Filters } from '../../view-state/filters.ts';

const RegionView = lazy(() => import('./RegionView.tsx').then((m) => ({ default: m.RegionView })));

/** The region shown: the one asked for, else the first chosen, else the first the filters allow. */
export const focusOf = (model: DatasetModel, f: Pick<Filters, 'focus' | 'regions'>, regions: readonly { code: string }[]): string | undefined =>
  f.focus ?? f.regions[0] ?? regions[0]?.code ?? model.dataset.regions[0]?.code;

export const regionView = defineView<RegionProfile | null>({
  id: 'region',
  Component: RegionView,
  select: (model, f, regions) => {
    const code = focusOf(model, f, regions);
    return code === undefined ? null : regionProfile(model, code);
  },
  records: (profile) => ({
    kind: 'values',
    view: 'region',
    records: profile
      ? [...profile.themes.flatMap((t) => t.figures), ...profile.notable].map((fig) => ({
          ...valueRecord(profile.region, fig.metric, fig.observation, fig.observation.value, false),
          differs: fig.differs,
        }))
      : [],
  }),
  // Every metric the region may report: the synthetic dataset would load them all; its page is for the real data.
  neededMetrics: (_f, metrics) => metrics.map((m) => m.id),
  yearControl: 'none',
  drawsChart: false,
  comparesValues: false,
  namesMissing: false,
  perCapita: () => false,
  exportTitle: (model, f, ctx) => {
    const code = focusOf(model, f, model.dataset.regions);
    const region = code ? model.regionByCode.get(code) : undefined;
    return region ? localName(region.name, ctx.lang) : ctx.t('views.region');
  },
  exportDetail: (_model, _f, ctx) => ctx.t('region.latest'),
  yearText: (_model, _f, ctx) => ctx.t('region.latest'),
  fileSubject: (f) => f.focus ?? f.regions[0] ?? 'region',
  fileYears: () => 'latest',
});
