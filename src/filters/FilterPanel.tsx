// Year, theme, metric, level, province, regions and the per-capita switch; every change goes to the URL.
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import { metricsOfTheme } from '../dataset/datasetModel.ts';
import { LEVELS, SOURCE_KINDS } from '../dataset/schema.ts';
import { canBePerCapita } from '../dataset/select/perCapita.ts';
import { filterRegions } from '../dataset/select/filterRegions.ts';
import type { Filters } from '../view-state/filters.ts';
import type { AnyView } from '../views/viewDescriptor.ts';
import { afterFirstChart } from '../charts/chartFrames.ts';
import { RegionPickerPlaceholder } from './RegionPickerPlaceholder.tsx';
import { MetricSearch } from './MetricSearch.tsx';
import './regionPicker.css';

// The combobox (Downshift, 14 kB gzipped) loads once the first chart is drawn, as the export code does; an inert copy
// holds its place until then, and stays if the code cannot be fetched.
const RegionPicker = lazy(() =>
  afterFirstChart()
    .then(() => import('./RegionPicker.tsx'))
    .then((m) => ({ default: m.RegionPicker }), () => ({ default: RegionPickerPlaceholder })),
);

interface Props {
  model: DatasetModel;
  filters: Filters;
  view: AnyView;
  update: (patch: Partial<Filters>) => void;
}

/** One end of the trend's year range; empty is open-ended. */
function YearBound({ bound, filters, years, update }: Pick<Props, 'filters' | 'update'> & { bound: 'from' | 'to'; years: readonly number[] }) {
  const { t } = useTranslation();
  return (
    <label>
      <span>{t(`filters.${bound}`)}</span>
      <select value={filters[bound] ?? ''} onChange={(e) => update({ [bound]: e.target.value ? Number(e.target.value) : null })}>
        <option value="">{t('filters.anyYear')}</option>
        {years.map((y) => <option key={y} value={y}>{y}</option>)}
      </select>
    </label>
  );
}

/** The years in which some region reports the metric (a chosen year without data stays listed, so the select shows it). */
const metricYears = (model: DatasetModel, metric: string, chosen: number | 'latest'): number[] => {
  const years = new Set<number>();
  for (const r of model.dataset.regions) for (const o of model.index.series(r.code, metric)) years.add(o.year);
  if (typeof chosen === 'number') years.add(chosen);
  return [...years].sort((a, b) => a - b);
};

export function FilterPanel({ model, filters, view, update }: Props) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const metric = model.metricById.get(filters.metric);
  const themes = model.dataset.themes.filter((th) => model.metricsWithData.some((m) => m.theme === th.id && m.rankable));
  // Rankable metrics; a link to a region's notable figure still shows it as chosen.
  const rankable = metricsOfTheme(model, filters.theme);
  const metrics = metric && !rankable.includes(metric) ? [...rankable, metric] : rankable;
  const years = useMemo(() => metricYears(model, filters.metric, filters.year), [model, filters.metric, filters.year]);
  // The first record of a province names it: published data come before a user's additions.
  const provinceCodes = new Set<string>();
  const provinces = model.dataset.regions.flatMap((r) => (provinceCodes.has(r.province.code) ? [] : (provinceCodes.add(r.province.code), [r.province])));
  const levels = LEVELS.filter((l) => model.catalogue.levels.has(l));
  // The region list offers what the level and province filters allow, and keeps what is already chosen.
  const { level, province, sourceKind } = filters;
  const pickable = useMemo(
    () => filterRegions(model.dataset.regions, { regions: [], level, province, sourceKind }, model.sourceKinds),
    [model.dataset.regions, model.sourceKinds, level, province, sourceKind],
  );
  const kinds = SOURCE_KINDS.filter((k) => model.catalogue.sourceKinds.has(k));

  return (
    <form className="filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
      {view.yearControl === 'year' ? (
        <label>
          <span>{t('filters.year')}</span>
          <select value={String(filters.year)} onChange={(e) => update({ year: e.target.value === 'latest' ? 'latest' : Number(e.target.value) })}>
            <option value="latest">{t('filters.latest')}</option>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      ) : view.yearControl === 'range' ? (
        <div className="row">
          <YearBound bound="from" filters={filters} years={years} update={update} />
          <YearBound bound="to" filters={filters} years={years} update={update} />
        </div>
      ) : null}
      <label>
        <span>{t('filters.theme')}</span>
        <select
          value={filters.theme}
          onChange={(e) => {
            const first = metricsOfTheme(model, e.target.value)[0];
            if (first) update({ theme: e.target.value, metric: first.id });
          }}
        >
          {themes.map((th) => <option key={th.id} value={th.id}>{th.name[lang]}</option>)}
        </select>
      </label>
      <label>
        <span>{t('filters.metric')}</span>
        <select value={filters.metric} onChange={(e) => update({ metric: e.target.value })} data-testid="metric-select">
          {metrics.map((m) => <option key={m.id} value={m.id}>{m.name[lang]}</option>)}
        </select>
      </label>
      <MetricSearch model={model} lang={lang} onPick={(id) => update({ metric: id })} />
      {metric && <p className="metric-definition muted small">{metric.definition[lang]}</p>}
      {metric?.notes?.map((note) => (
        <p key={note.zh} className="metric-note small" data-testid="metric-note">
          {note[lang]}
        </p>
      ))}
      <div className="row">
        <label>
          <span>{t('filters.level')}</span>
          <select value={filters.level ?? ''} onChange={(e) => update({ level: (e.target.value || null) as Filters['level'] })}>
            <option value="">{t('filters.all')}</option>
            {levels.map((l) => <option key={l} value={l}>{t(`levels.${l}`)}</option>)}
          </select>
        </label>
        <label>
          <span>{t('filters.province')}</span>
          <select value={filters.province ?? ''} onChange={(e) => update({ province: e.target.value || null })}>
            <option value="">{t('filters.all')}</option>
            {provinces.map((p) => <option key={p.code} value={p.code}>{p.name[lang]}</option>)}
          </select>
        </label>
      </div>
      {kinds.length > 1 && (
        <label>
          <span>{t('filters.sourceKind')}</span>
          <select value={filters.sourceKind ?? ''} onChange={(e) => update({ sourceKind: (e.target.value || null) as Filters['sourceKind'] })}>
            <option value="">{t('filters.all')}</option>
            {kinds.map((k) => <option key={k} value={k}>{t(`source.kinds.${k}`)}</option>)}
          </select>
        </label>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={filters.perCapita && (metric ? canBePerCapita(metric) : true)}
          disabled={metric ? !canBePerCapita(metric) : false}
          onChange={(e) => update({ perCapita: e.target.checked })}
        />
        <span>{t('filters.perCapita')}</span>
      </label>
      {metric && !canBePerCapita(metric) && <p className="muted small">{t('filters.perCapitaNotForRates')}</p>}
      {view.comparesValues && (
        <label className="checkbox">
          <input type="checkbox" checked={filters.others} onChange={(e) => update({ others: e.target.checked })} />
          <span>{t('filters.others')}</span>
        </label>
      )}
      <Suspense fallback={<RegionPickerPlaceholder regions={pickable} selected={filters.regions} lang={lang} />}>
        <RegionPicker regions={pickable} selected={filters.regions} onChange={(regions) => update({ regions })} lang={lang} />
      </Suspense>
    </form>
  );
}
