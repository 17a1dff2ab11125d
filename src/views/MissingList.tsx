import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import { nameList, NAMES_LISTED } from '../charts/chartText.ts';
import type { Lang } from '../i18n/lang.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

/** Why regions are named under a chart instead of drawn: no value at all, or (per capita) no citable population. */
export type MissingReason = 'noData' | 'noPopulation';

const WORDS: Record<MissingReason, { line: string; all: string; testId: string }> = {
  noData: { line: 'chart.noDataFor', all: 'chart.listAllMissing', testId: 'no-data' },
  noPopulation: { line: 'chart.noPopulationFor', all: 'chart.listAllNoPopulation', testId: 'no-population' },
};

/** Regions without a value are named, never drawn as zero; past a dozen, the full list waits behind a disclosure. */
export function MissingList({ regions, lang, reason = 'noData' }: { regions: readonly Region[]; lang: Lang; reason?: MissingReason }) {
  const { t } = useTranslation();
  if (regions.length === 0) return null;
  const words = WORDS[reason];
  const names = regions.map((r) => r.name[lang]);
  return (
    <div className="missing">
      <p data-testid={words.testId}>{t(words.line, { regions: nameList(names, { t, lang }) })}</p>
      {names.length > NAMES_LISTED && (
        <details>
          <summary>{t(words.all, { count: names.length })}</summary>
          <p className="small">{names.join(listSeparator(lang))}</p>
        </details>
      )}
    </div>
  );
}
