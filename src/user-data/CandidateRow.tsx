import { useTranslation } from 'react-i18next';
import type { Metric, Period } from '../dataset/schema.ts';
import { formatValue } from '../i18n/formatNumber.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Blocker, Choice } from './candidateChoice.ts';
import { MetricCombobox } from './MetricCombobox.tsx';

export interface Decision extends Choice {
  /** The period the text states for the figure, kept with it when it is saved. */
  period?: Period;
  value: number;
  qualifier: 'exact' | 'approx' | 'lower_bound';
  evidence: string;
  offset: number;
}

interface Props {
  decision: Decision;
  metrics: Metric[];
  themeName: (themeId: string, lang: Lang) => string;
  /** Why it cannot be added as it stands (a published value, or another ticked candidate for the same metric). */
  blocker: Blocker | null;
  onTick: (accepted: boolean) => void;
  onChange: (d: Decision) => void;
  onFocus: () => void;
}

/** One candidate figure: confirm, edit or reject it. */
export function CandidateRow({ decision: d, metrics, themeName, blocker, onTick, onChange, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  // A published value, a change and another year's figure can never be added; the rest is the person's call.
  const never = blocker?.kind === 'change' || blocker?.kind === 'otherYear';
  const locked = blocker?.kind === 'published' || never;
  return (
    <li className={`candidate${d.accepted ? ' candidate--accepted' : ''}`} onFocus={onFocus} onMouseEnter={onFocus}>
      <label className="candidate__accept">
        <input type="checkbox" checked={d.accepted && !locked} disabled={d.metric === null || locked} onChange={(e) => onTick(e.target.checked)} />
        <span className="visually-hidden">{t('addReport.accept')}</span>
      </label>
      <div className="candidate__fields">
        <q lang="zh-CN">{d.evidence}</q>
        {d.scope && d.scope !== 'region' && !never && <p className="small muted">{t(`addReport.scope.${d.scope}`, { defaultValue: d.scope })}</p>}
        {blocker?.kind === 'published' && (
          <p className="small warning" data-testid="collision">{t('addReport.publishedHolds', { value: formatValue(blocker.observation.value, metrics.find((m) => m.id === blocker.observation.metric)?.unit ?? 'count', lang) })}</p>
        )}
        {blocker?.kind === 'duplicate' && <p className="small warning" data-testid="collision">{t('addReport.sameMetric')}</p>}
        {blocker?.kind === 'change' && <p className="small muted" data-testid="not-addable">{t('addReport.isChange')}</p>}
        {blocker?.kind === 'otherYear' && <p className="small muted" data-testid="not-addable">{blocker.year === undefined ? t('addReport.otherYearUnknown') : t('addReport.otherYear', { year: blocker.year })}</p>}
        {d.period && d.period.kind !== 'full_year' && d.period.phrase && (
          <p className="small muted">{t('addReport.periodSaid', { phrase: d.period.phrase })}</p>
        )}
        <div className="candidate__row">
          <MetricCombobox
            disabled={never}
            metrics={metrics}
            themeName={themeName}
            value={d.metric}
            onChange={(metric) => onChange({ ...d, metric, accepted: metric !== null && (d.metric === null || d.accepted) })}
          />
          <input aria-label={t('source.value')} type="number" value={d.value} step="any" min={0} disabled={never} onChange={(e) => onChange({ ...d, value: Number(e.target.value) })} />
          <select aria-label={t('source.qualifier')} value={d.qualifier} disabled={never} onChange={(e) => onChange({ ...d, qualifier: e.target.value as Decision['qualifier'] })}>
            {(['exact', 'approx', 'lower_bound'] as const).map((q) => (
              <option key={q} value={q}>{t(`qualifier.${q}`)}</option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}
