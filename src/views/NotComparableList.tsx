import { useTranslation } from 'react-i18next';
import type { BuildContext } from '../charts/buildContext.ts';
import { notComparableItems } from '../charts/differenceText.ts';
import type { Region } from '../dataset/schema.ts';
import type { Difference } from '../dataset/select/comparability.ts';

/** A value left out (or drawn marked): its region, why it differs, and for a theme's views which metric it is. */
type Listed = { region: Region; differs: Difference[]; label?: string };

/**
 * Values that are not comparable with the regions' full-year totals are never dropped silently: listed with why
 * they differ, and drawn (marked) on request.
 */
export function NotComparableList({ rows, shown, others, onToggle, ctx }: { rows: Listed[]; shown: Listed[]; others: boolean; onToggle: () => void; ctx: BuildContext }) {
  const { t } = useTranslation();
  const listed = others ? shown : rows;
  if (listed.length === 0) return null;
  const items = notComparableItems(listed, ctx);
  return (
    <div className="not-comparable" data-testid="not-comparable">
      <p>{others ? t('compare.note', { items }) : t('compare.listed', { items })}</p>
      <button type="button" className="link" aria-pressed={others} onClick={onToggle}>
        {others ? t('compare.hide') : `${t('compare.show')}`}
      </button>
    </div>
  );
}
