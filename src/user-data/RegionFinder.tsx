import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import { loadDivisionRegions, searchDivisions } from './divisionRegions.ts';

/** Find the report's region by Chinese name or GB/T 2260 code. */
export function RegionFinder({ value, onChange }: { value: Region | null; onChange: (r: Region | null) => void }) {
  const { t } = useTranslation();
  const [all, setAll] = useState<Region[] | null>(null);
  const [query, setQuery] = useState('');
  const id = useId();
  useEffect(() => {
    let live = true;
    void loadDivisionRegions().then((r) => live && setAll(r));
    return () => {
      live = false;
    };
  }, []);
  const matches = useMemo(() => (all ? searchDivisions(all, query) : []), [all, query]);
  if (value)
    return (
      <p className="region-chosen">
        {t('addReport.region')}: <strong>{value.name.zh}</strong> <span className="code">{value.code}</span> · {t(`levels.${value.level}`)}{' '}
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
              {r.name.zh} <span className="code">{r.code}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
