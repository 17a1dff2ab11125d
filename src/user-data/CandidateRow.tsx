import { useTranslation } from 'react-i18next';
import type { Metric } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';

export interface Decision {
  key: string;
  accepted: boolean;
  metric: string | null;
  value: number;
  qualifier: 'exact' | 'approx' | 'lower_bound';
  evidence: string;
  offset: number;
}

interface Props {
  decision: Decision;
  metrics: Metric[];
  onChange: (d: Decision) => void;
  onFocus: () => void;
}

/** One candidate figure: confirm, edit or reject it. */
export function CandidateRow({ decision: d, metrics, onChange, onFocus }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  return (
    <li className={`candidate${d.accepted ? ' candidate--accepted' : ''}`} onFocus={onFocus} onMouseEnter={onFocus}>
      <label className="candidate__accept">
        <input type="checkbox" checked={d.accepted} disabled={d.metric === null} onChange={(e) => onChange({ ...d, accepted: e.target.checked })} />
        <span className="visually-hidden">{t('addReport.accept')}</span>
      </label>
      <div className="candidate__fields">
        <q lang="zh-CN">{d.evidence}</q>
        <div className="candidate__row">
          <select aria-label={t('filters.metric')} value={d.metric ?? ''} onChange={(e) => onChange({ ...d, metric: e.target.value || null, accepted: e.target.value !== '' && d.accepted })}>
            <option value="">{t('addReport.unrecognised')}</option>
            {metrics.map((m) => (
              <option key={m.id} value={m.id}>{m.name[lang]}</option>
            ))}
          </select>
          <input aria-label={t('source.value')} type="number" value={d.value} step="any" min={0} onChange={(e) => onChange({ ...d, value: Number(e.target.value) })} />
          <select aria-label={t('source.qualifier')} value={d.qualifier} onChange={(e) => onChange({ ...d, qualifier: e.target.value as Decision['qualifier'] })}>
            {(['exact', 'approx', 'lower_bound'] as const).map((q) => (
              <option key={q} value={q}>{t(`qualifier.${q}`)}</option>
            ))}
          </select>
        </div>
      </div>
    </li>
  );
}
