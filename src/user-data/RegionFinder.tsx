import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { searchRegions, type RegionIndex } from '../regions/matchRegion.ts';
import { loadDivisionIndex } from './divisionRegions.ts';

const SHOWN = 20;

/** Find the report's region by Chinese name (simplified or traditional), pinyin, English name or GB/T 2260 code. */
export function RegionFinder({ value, onChange }: { value: Region | null; onChange: (r: Region | null) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [all, setAll] = useState<RegionIndex | null>(null);
  const [query, setQuery] = useState('');
  const id = useId();
  useEffect(() => {
    let live = true;
    void loadDivisionIndex().then((r) => live && setAll(r));
    return () => {
      live = false;
    };
  }, []);
  const matches = useMemo(() => (all && query.trim() ? searchRegions(all, query, SHOWN) : []), [all, query]);
  if (value)
    return (
      <p className="region-chosen">
        {t('addReport.region')}: <strong>{value.name[lang]}</strong> <span className="code">{value.code}</span> · {t(`levels.${value.level}`)}{' '}
        <button type="button" className="link" onClick={() => onChange(null)}>{t('addReport.changeRegion')}</button>
      </p>
    );
  return (
    <div className="region-finder">
      <label htmlFor={id}>{t('addReport.region')}</label>
      <input id={id} type="search" value={query} placeholder={t('addReport.regionPlaceholder')} onChange={(e) => setQuery(e.target.value)} disabled={!all} />
      <ul className="region-options">
        {matches.map((r) => (
          <li key={r.code}>
            <button type="button" className="link" onClick={() => onChange(r)}>
              {r.name[lang]} <span className="code">{r.code}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
