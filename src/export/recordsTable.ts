// View records → a table in the current language: headers, the value as stored and as printed, its year, qualifier and source.
import type { BuildContext } from '../charts/buildContext.ts';
import { unitWord, valueText } from '../charts/chartText.ts';
import { localName } from '../i18n/localName.ts';
import { differencesText, NOT_COMPARABLE_MARK } from '../charts/differenceText.ts';
import type { CsvCell, CsvTable } from './toCsv.ts';
import type { ValueRecord, ViewRecords } from '../dataset/select/viewRecords.ts';

// Per-capita values are printed with one decimal; the CSV gives the number the page shows.
const shownNumber = (r: ValueRecord): number | null => (r.value === null ? null : r.perCapita ? Math.round(r.value * 10) / 10 : r.value);

const unitText = (r: ValueRecord, ctx: BuildContext): string => {
  const unit = unitWord(r.metric, ctx);
  return r.perCapita ? ctx.t('export.column.perCapitaUnit', { unit }).trim() : unit;
};

const valuesTable = (records: ValueRecord[], withRank: boolean, withScaled: boolean, ctx: BuildContext): CsvTable => {
  const { t, lang } = ctx;
  const col = (key: string) => t(`export.column.${key}`);
  const fields = [
    ...(withRank ? [col('rank')] : []),
    ...['regionCode', 'region', 'level', 'metricId', 'metric', 'year', 'value', 'shown'].map(col),
    ...(withScaled ? [col('scaled')] : []),
    ...['unit', 'qualifier', 'comparability', 'sourceId'].map(col),
  ];
  const rows = records.map((r): CsvCell[] => {
    const o = r.observation;
    return [
      ...(withRank ? [r.rank ?? null] : []),
      r.region.code,
      localName(r.region.name, lang),
      t(`levels.${r.region.level}`),
      r.metric.id,
      localName(r.metric.name, lang),
      o?.year ?? null,
      shownNumber(r),
      o && r.value !== null ? valueText(r.value, r.metric, o.qualifier, r.perCapita, ctx) : t(r.noPopulation ? 'chart.noPopulation' : 'chart.noData'),
      ...(withScaled ? [r.scaled === undefined ? null : Math.round(r.scaled * 10) / 10] : []),
      unitText(r, ctx),
      o ? t(`qualifier.${o.qualifier}`) : null,
      o ? (r.differs && r.differs.length > 0 ? `${NOT_COMPARABLE_MARK} ${differencesText(r.differs, ctx)}` : t('compare.comparable')) : null,
      o?.source ?? null,
    ];
  });
  return { fields, rows };
};

export const recordsTable = (records: ViewRecords, themeName: (id: string) => string, ctx: BuildContext): CsvTable => {
  if (records.kind === 'values') return valuesTable(records.records, records.ranked ?? false, records.scaled ?? false, ctx);
  const { t, lang } = ctx;
  const regions = records.rows.map((r) => r.region);
  return {
    fields: [t('export.column.theme'), t('export.column.metricId'), t('export.column.metric'), ...regions.map((r) => localName(r.name, lang))],
    rows: [
      ...records.metrics.map((m): CsvCell[] => [
        themeName(m.theme),
        m.id,
        localName(m.name, lang),
        ...records.rows.map((r) => (r.years[m.id] ?? []).join(', ') || null),
      ]),
      [null, null, t('coverage.metricsWithData'), ...records.rows.map((r) => r.count)],
    ],
  };
};
