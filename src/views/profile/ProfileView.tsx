import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildProfileOption } from '../../charts/buildProfileOption.ts';
import { EChart } from '../../charts/EChart.tsx';
import { regionName } from '../../charts/chartText.ts';
import { ChartDataTable } from '../ChartDataTable.tsx';
import { chartDataRow } from '../chartDataRow.ts';
import { NotComparableList } from '../NotComparableList.tsx';
import { differences, isComparable } from '../../dataset/select/comparability.ts';
import { EmptyState } from '../EmptyState.tsx';
import { MissingList } from '../MissingList.tsx';
import type { ViewProps } from '../viewProps.ts';
import { useCompact } from '../useCompact.ts';
import { listSeparator } from '../../i18n/listSeparator.ts';
import type { ProfileSelection } from './profileView.ts';

export function ProfileView({ model, filters, regions, selection: profile, dark, onSelect, chartRef, update }: ViewProps<ProfileSelection>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const theme = model.themeById.get(filters.theme);
  const themeName = theme?.name[lang] ?? filters.theme;
  const compact = useCompact();
  const ctx = useMemo(() => ({ t, lang, dark, compact }), [t, lang, dark, compact]);
  const option = useMemo(
    () => buildProfileOption({ themeName, ...profile, regions, year: filters.year, perCapita: filters.perCapita }, ctx),
    [themeName, profile, regions, filters.year, filters.perCapita, ctx],
  );
  const noPopulation = [...new Set(profile.noPopulation.map((n) => n.region))];
  if (profile.cells.length === 0)
    return (
      <>
        <EmptyState filters={filters} />
        <MissingList regions={noPopulation} lang={lang} reason="noPopulation" />
      </>
    );
  return (
    <>
      <EChart ref={chartRef} option={option} height={Math.min(160 + profile.metrics.length * Math.max(regions.length, 2) * 16, 1400)} lang={lang} dark={dark} onSelect={onSelect} testId="profile-chart" />
      {profile.singleRegion.length > 0 && (
        <p className="muted small">
          {t('chart.singleRegionNote', { count: profile.singleRegion.length, names: profile.singleRegion.map((m) => m.name[lang]).join(listSeparator(lang)) })}
        </p>
      )}
      <NotComparableList
        rows={profile.notComparable.map((n) => ({ region: n.region, differs: differences(n.observation), label: n.metric.name[lang] }))}
        shown={profile.cells.filter((c) => !isComparable(c.observation)).map((c) => ({ region: c.region, differs: differences(c.observation), label: c.metric.name[lang] }))}
        others={filters.others}
        onToggle={() => update({ others: !filters.others })}
        ctx={ctx}
      />
      <MissingList regions={noPopulation} lang={lang} reason="noPopulation" />
      <ChartDataTable
        caption={themeName}
        onSelect={onSelect}
        rows={profile.cells.map((c) => chartDataRow(c, filters.perCapita, ctx, `${regionName(c.region, ctx)} · ${c.metric.name[lang]}`))}
      />
    </>
  );
}
