import { useTranslation } from 'react-i18next';
import type { BuildContext } from '../charts/buildContext.ts';
import { differencesText } from '../charts/differenceText.ts';
import { regionName } from '../charts/chartText.ts';
import type { Region } from '../dataset/schema.ts';
import type { Difference } from '../dataset/select/comparability.ts';

type Listed = { region: Region; differs: Difference[] };
import { listSeparator } from '../i18n/listSeparator.ts';

/**
 * Values that are not comparable with the regions' full-year totals are never dropped silently: listed with why
 * they differ, and drawn (marked) on request.
 */
export function NotComparableList({ rows, shown, others, onToggle, ctx }: { rows: Listed[]; shown: Listed[]; others: boolean; onToggle: () => void; ctx: BuildContext }) {
  const { t } = useTranslation();
  const listed = others ? shown : rows;
  if (listed.length === 0) return null;
  const items = listed.map((r) => t('compare.item', { region: regionName(r.region, ctx), reason: differencesText(r.differs, ctx) })).join(listSeparator(ctx.lang));
  return (
    <div className="not-comparable" data-testid="not-comparable">
      <p>{others ? t('compare.note', { items }) : t('compare.listed', { items })}</p>
      <button type="button" className="link" aria-pressed={others} onClick={onToggle}>
        {others ? t('compare.hide') : `${t('compare.show')}`}
      </button>
    </div>
  );
}
