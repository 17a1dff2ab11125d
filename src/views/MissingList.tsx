import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import { nameList, NAMES_LISTED } from '../charts/chartText.ts';
import type { Lang } from '../i18n/lang.ts';
import { listSeparator } from '../i18n/listSeparator.ts';

/** Regions without a value are named, never drawn as zero; past a dozen, the full list waits behind a disclosure. */
export function MissingList({ regions, lang }: { regions: Region[]; lang: Lang }) {
  const { t } = useTranslation();
  if (regions.length === 0) return null;
  const names = regions.map((r) => r.name[lang]);
  return (
    <div className="missing">
      <p data-testid="no-data">{t('chart.noDataFor', { regions: nameList(names, { t, lang }) })}</p>
      {names.length > NAMES_LISTED && (
        <details>
          <summary>{t('chart.listAllMissing', { count: names.length })}</summary>
          <p className="small">{names.join(listSeparator(lang))}</p>
        </details>
      )}
    </div>
  );
}
