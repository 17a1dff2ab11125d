import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { profileCells } from '../dataset/select/profileCells.ts';
import { metricsOfTheme } from '../dataset/datasetModel.ts';
import { buildProfileOption } from '../charts/buildProfileOption.ts';
import { EChart } from '../charts/EChart.tsx';
import { valueText } from '../charts/chartText.ts';
import { observationKey } from '../dataset/observationKey.ts';
import type { Lang } from '../i18n/lang.ts';
import { ChartDataTable } from './ChartDataTable.tsx';
import type { ViewProps } from './viewProps.ts';
import { useCompact } from './useCompact.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

export function ProfileView({ model, filters, regions, dark, onSelect, chartRef }: ViewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const themeId = filters.theme ?? model.metricById.get(filters.metric)?.theme ?? '';
  const theme = model.themeById.get(themeId);
  const profile = useMemo(
    () => profileCells(model.index, regions, metricsOfTheme(model, themeId), filters.year, filters.perCapita),
    [model, regions, themeId, filters.year, filters.perCapita],
  );
  const compact = useCompact();
  const ctx = useMemo(() => ({ t, lang, dark, compact }), [t, lang, dark, compact]);
  const option = useMemo(
    () => buildProfileOption({ themeName: theme?.name[lang] ?? themeId, ...profile, regions, year: filters.year, perCapita: filters.perCapita }, ctx),
    [theme, themeId, profile, regions, filters.year, filters.perCapita, ctx, lang],
  );
  if (profile.cells.length === 0) return <p className="empty">{t('chart.nothingToShow')}</p>;
  return (
    <>
      <EChart ref={chartRef} option={option} height={Math.min(160 + profile.metrics.length * Math.max(regions.length, 2) * 16, 1400)} lang={lang} dark={dark} onSelect={onSelect} testId="profile-chart" />
      {profile.singleRegion.length > 0 && (
        <p className="muted small">
          {t('chart.singleRegionNote', { count: profile.singleRegion.length, names: profile.singleRegion.map((m) => m.name[lang]).join(listSeparator(lang)) })}
        </p>
      )}
      <ChartDataTable
        caption={theme?.name[lang] ?? themeId}
        rows={profile.cells.map((c) => ({
          obsKey: observationKey(c.observation),
          label: `${c.region.name[lang]} · ${c.metric.name[lang]}`,
          value: valueText(c.value, c.metric, c.observation.qualifier, filters.perCapita, ctx),
          qualifier: c.observation.qualifier,
          year: c.observation.year,
        }))}
      />
    </>
  );
}
