import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';

/** An inert copy of the region picker, same size, shown until its code arrives after the first chart. */
export function RegionPickerPlaceholder({
  regions,
  selected,
  lang,
}: {
  regions: readonly Region[];
  selected: readonly string[];
  lang: Lang;
}) {
  const { t } = useTranslation();
  const names = selected
    .map((code) => regions.find((r) => r.code === code)?.name[lang])
    .filter((n) => n !== undefined);
  return (
    <div className="region-picker" aria-busy="true">
      <span className="region-picker__label">{t('filters.regions')}</span>
      <ul className="chips">
        {names.length === 0 && <li className="muted">{t('filters.allRegions')}</li>}
        {names.map((name) => (
          <li key={name} className="chip">
            {name}
            <span className="chip__remove" aria-hidden="true">
              ×
            </span>
          </li>
        ))}
        {names.length > 0 && (
          <li>
            <button type="button" className="link" disabled tabIndex={-1}>
              {t('filters.clearRegions')}
            </button>
          </li>
        )}
      </ul>
      <div className="region-combobox">
        <input
          className="combobox__input"
          placeholder={t('filters.regionPlaceholder')}
          disabled
          aria-label={t('filters.regionSearch')}
        />
        <button type="button" className="combobox__toggle" disabled tabIndex={-1} aria-hidden="true">
          ▾
        </button>
      </div>
    </div>
  );
}
