import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import type { Lang } from '../view-state/filters.ts';

/** Regions without a value are named, never drawn as zero. */
export function MissingList({ regions, lang }: { regions: Region[]; lang: Lang }) {
  const { t } = useTranslation();
  if (regions.length === 0) return null;
  return (
    <p className="missing" data-testid="no-data">
      {t('chart.noDataFor', { regions: regions.map((r) => r.name[lang]).join(lang === 'zh' ? '、' : ', ') })}
    </p>
  );
}
