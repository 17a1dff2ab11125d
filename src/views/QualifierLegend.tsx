import { useTranslation } from 'react-i18next';
import { QUALIFIERS } from '../dataset/schema.ts';
import { QUALIFIER_MARK } from '../i18n/formatNumber.ts';

/** Explains the marks and styles that set estimates apart from exact figures. */
export function QualifierLegend() {
  const { t } = useTranslation();
  return (
    <dl className="qualifier-legend" aria-label={t('qualifier.legend')}>
      {QUALIFIERS.map((q) => (
        <div key={q} className="qualifier-legend__item">
          <dt>
            <span className={`swatch swatch--${q}`} aria-hidden="true" />
            {t(`qualifier.${q}`)} {QUALIFIER_MARK[q] && <span className="mark">{QUALIFIER_MARK[q]}</span>}
          </dt>
          <dd>{t(`qualifier.${q}_long`)}</dd>
        </div>
      ))}
    </dl>
  );
}
