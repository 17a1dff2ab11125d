import { useTranslation } from 'react-i18next';
import type { Filters } from '../view-state/filters.ts';

/** Why a view is empty, and what would help: never advice to pick what is already picked. */
export function EmptyState({ filters, year = filters.year }: { filters: Filters; year?: Filters['year'] }) {
  const { t } = useTranslation();
  const narrowed = filters.level !== null || filters.province !== null || filters.regions.length > 0;
  const text =
    year !== 'latest' ? t('chart.nothingForYear', { year }) : narrowed ? t('chart.nothingForRegions') : t('chart.nothingToShow');
  return <p className="empty" data-testid="empty-state">{text}</p>;
}
