import { useTranslation } from 'react-i18next';
import { valueText } from '../../charts/chartText.ts';
import { differencesText, NOT_COMPARABLE_MARK } from '../../charts/differenceText.ts';
import { observationKey } from '../../dataset/observationKey.ts';
import type { RegionFigure, RegionProfile } from '../../dataset/select/regionProfile.ts';
import { isUserSource } from '../../dataset/userSource.ts';
import { formatValue } from '../../i18n/formatNumber.ts';
import type { ViewProps } from '../viewProps.ts';

export function RegionView({ model, filters, selection: profile, onSelect, update }: ViewProps<RegionProfile | null>) {
  const { t } = useTranslation();
  const lang = filters.lang;
  const ctx = { t, lang };
  if (!profile) return <p className="empty">{t('chart.nothingToShow')}</p>;
  const { region } = profile;
  const regions = [...model.dataset.regions].sort((a, b) => (a.code < b.code ? -1 : 1));

  const row = (f: RegionFigure) => {
    const o = f.observation;
    const text = `${valueText(o.value, f.metric, o.qualifier, false, ctx)}${f.differs.length > 0 ? ` ${NOT_COMPARABLE_MARK}` : ''}`;
    return (
      <tr key={observationKey(o)}>
        <th scope="row">{f.metric.name[lang]}</th>
        <td className="num">
          <button type="button" className="cell-value" onClick={() => onSelect(observationKey(o))} aria-label={t('table.openSourceOf', { label: f.metric.name[lang], value: text, year: o.year })}>
            {text}
          </button>
          {isUserSource(o.source) && <span className="badge">{t('filters.addedMark')}</span>}
        </td>
        <td>{o.year}</td>
        <td>{f.peers ? t('region.rank', { rank: f.peers.rank, of: f.peers.of }) : f.differs.length > 0 ? differencesText(f.differs, ctx) : '—'}</td>
        <td className="num">{f.peers && f.peers.of > 1 ? formatValue(f.peers.median, f.metric.unit, lang) : '—'}</td>
      </tr>
    );
  };
  const head = (
    <thead>
      <tr>
        <th scope="col">{t('filters.metric')}</th>
        <th scope="col">{t('source.value')}</th>
        <th scope="col">{t('filters.year')}</th>
        <th scope="col">{t('region.rankHeader', { level: t(`levels.${region.level}`) })}</th>
        <th scope="col">{t('region.medianHeader')}</th>
      </tr>
    </thead>
  );

  return (
    <div className="region-page" data-testid="region-page">
      <label className="region-page__pick">
        <span>{t('region.choose')}</span>
        <select value={region.code} onChange={(e) => update({ focus: e.target.value })}>
          {regions.map((r) => (
            <option key={r.code} value={r.code}>{`${r.name[lang]}${r.user_added ? t('addReport.userAddedSuffix') : ''} ${r.code}`}</option>
          ))}
        </select>
      </label>
      <h2>
        {region.name[lang]}
        {region.user_added && <span className="badge">{t('filters.addedMark')}</span>}
      </h2>
      <p className="muted">
        {t(`levels.${region.level}`)} · {region.province.name[lang]} · {region.code}
        {region.population ? ` · ${t('region.population', { value: formatValue(region.population.value, 'people', lang) })}` : ` · ${t('region.noPopulation')}`}
      </p>
      <p className="muted small">{t('region.intro')}</p>
      {profile.themes.map(({ theme, figures }) => (
        <section key={theme} aria-labelledby={`region-theme-${theme}`}>
          <h3 id={`region-theme-${theme}`}>{model.themeById.get(theme)?.name[lang] ?? theme}</h3>
          <table className="simple-table">{head}<tbody>{figures.map(row)}</tbody></table>
        </section>
      ))}
      {profile.notable.length > 0 && (
        <section aria-labelledby="region-notable">
          <h3 id="region-notable">{t('region.notable')}</h3>
          <p className="muted small">{t('region.notableIntro')}</p>
          <table className="simple-table">{head}<tbody>{profile.notable.map(row)}</tbody></table>
        </section>
      )}
      <section aria-labelledby="region-sources">
        <h3 id="region-sources">{t('region.sources')}</h3>
        <ul>
          {profile.sources.map((s) => (
            <li key={s.id}>
              {s.url ? <a href={s.url} target="_blank" rel="noopener noreferrer">{s.title[lang]}</a> : s.title[lang]} — {t(`source.kinds.${s.kind}`)}, {s.issuer[lang]}
              {s.date ? `, ${s.date}` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
