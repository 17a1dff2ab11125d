import { useTranslation } from 'react-i18next';
import { VIEWS, type Filters, type View } from '../view-state/filters.ts';

export function ViewTabs({ view, update }: { view: View; update: (patch: Partial<Filters>) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="view-tabs" aria-label={t('views.label')}>
      {VIEWS.map((v) => (
        <button key={v} type="button" aria-current={v === view ? 'page' : undefined} onClick={() => update({ view: v })}>
          {t(`views.${v}`)}
        </button>
      ))}
    </nav>
  );
}
