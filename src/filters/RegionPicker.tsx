// A multi-select of regions, searchable by Chinese name, English name or GB/T 2260 code.
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { matchRegions } from './matchRegions.ts';

const SHOWN = 50;

export function RegionPicker({ regions, selected, onChange }: { regions: Region[]; selected: string[]; onChange: (codes: string[]) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [query, setQuery] = useState('');
  const id = useId();
  const matches = useMemo(() => matchRegions(regions, query), [regions, query]);
  const toggle = (code: string) => onChange(selected.includes(code) ? selected.filter((c) => c !== code) : [...selected, code]);
  const byCode = new Map(regions.map((r) => [r.code, r]));

  return (
    <fieldset className="region-picker">
      <legend>{t('filters.regions')}</legend>
      <div className="chips" aria-live="polite">
        {selected.length === 0 ? (
          <span className="muted">{t('filters.allRegions')}</span>
        ) : (
          selected.map((code) => (
            <button key={code} type="button" className="chip" onClick={() => toggle(code)} aria-label={t('filters.removeRegion', { name: byCode.get(code)?.name[lang] ?? code })}>
              {byCode.get(code)?.name[lang] ?? code} <span aria-hidden="true">×</span>
            </button>
          ))
        )}
        {selected.length > 0 && (
          <button type="button" className="link" onClick={() => onChange([])}>
            {t('filters.clearRegions')}
          </button>
        )}
      </div>
      <label htmlFor={id} className="visually-hidden">{t('filters.regionSearch')}</label>
      <input id={id} type="search" placeholder={t('filters.regionSearch')} value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="region-options">
        {matches.slice(0, SHOWN).map((r) => (
          <li key={r.code}>
            <label>
              <input type="checkbox" checked={selected.includes(r.code)} onChange={() => toggle(r.code)} />
              {r.name[lang]} <span className="code">{r.code}</span>
            </label>
          </li>
        ))}
        {matches.length === 0 && <li className="muted">{t('filters.noRegionMatch')}</li>}
      </ul>
    </fieldset>
  );
}
