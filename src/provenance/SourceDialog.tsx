// Clicking any value opens this: the report, the clause with the figure highlighted, the qualifier, and any derivation.
import { isUserSource } from '../dataset/userSource.ts';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatValue, markValue } from '../i18n/formatNumber.ts';
import { derivationText } from './derivationText.ts';
import { figureSpan } from './figureSpan.ts';
import { differences } from '../dataset/select/comparability.ts';
import { differencesText, NOT_COMPARABLE_MARK } from '../charts/differenceText.ts';

export function SourceDialog({ model, obsKey, lang, onClose }: { model: DatasetModel; obsKey: string | null; lang: Lang; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const o = obsKey ? model.observationByKey.get(obsKey) : undefined;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (o && !dialog.open) dialog.showModal?.();
    if (!o && dialog.open) dialog.close();
  }, [o]);

  const source = o && model.sourceById.get(o.source);
  const metric = o && model.metricById.get(o.metric);
  const region = o && model.regionByCode.get(o.region);
  const base = o?.derivation && 'base_value' in o.derivation ? [o.derivation.base_value] : [];
  const span = o ? figureSpan(o.evidence, [o.value, ...base]) : null;
  const differs = o ? differences(o) : [];

  return (
    <dialog ref={ref} className="source-dialog" aria-labelledby="source-title" onClose={onClose} data-testid="source-dialog">
      {o && source && metric && (
        <>
          <h2 id="source-title">{t('source.title')}</h2>
          <p className="source-dialog__what">
            {region?.name[lang]} · {metric.name[lang]} · {t('chart.yearLabel', { year: o.year })}
          </p>
          <p className="source-dialog__value">
            {markValue(formatValue(o.value, metric.unit, lang), o.qualifier)}
            {metric.counter && ` ${metric.counter[lang]}`}
          </p>
          <dl>
            <dt>{t('source.evidence')}</dt>
            <dd>
              <blockquote lang="zh-CN" data-testid="evidence">
                {span ? (
                  <>
                    {o.evidence.slice(0, span[0])}
                    <mark>{o.evidence.slice(span[0], span[1])}</mark>
                    {o.evidence.slice(span[1])}
                  </>
                ) : (
                  o.evidence
                )}
              </blockquote>
            </dd>
            <dt>{t('source.qualifier')}</dt>
            <dd data-testid="qualifier">
              <strong>{t(`qualifier.${o.qualifier}`)}</strong> — {t(`qualifier.${o.qualifier}_long`)}
            </dd>
            {o.derivation && (
              <>
                <dt>{t('source.derivation')}</dt>
                <dd data-testid="derivation">{derivationText(o.derivation, t, lang, model.metricById)}</dd>
              </>
            )}
            <dt>{t('compare.sourceScope')}</dt>
            <dd data-testid="comparability">
              {differs.length === 0 ? t('compare.comparable') : `${NOT_COMPARABLE_MARK} ${differencesText(differs, { t, lang })}`}
              {o.note && <p className="small muted">{o.note[lang]}</p>}
            </dd>
            <dt>{t('source.report')}</dt>
            <dd lang={lang === 'zh' ? 'zh-CN' : 'en'}>
              {source.url ? (
                <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid="source-url">
                  {source.title[lang]}
                </a>
              ) : (
                source.title[lang]
              )}
            </dd>
            <dt>{t('source.kind')}</dt>
            <dd>
              {t(`source.kinds.${source.kind}`)}
              {source.mirror && ` · ${t('source.mirror')}`}
            </dd>
            <dt>{t('source.issuer')}</dt>
            <dd>{source.issuer[lang]}</dd>
            {source.publisher && (
              <>
                <dt>{t('source.publisher')}</dt>
                <dd>{source.publisher[lang]}</dd>
              </>
            )}
            <dt>{t('source.date')}</dt>
            <dd>{source.date ?? t('source.noDate')}</dd>
            {source.url && (
              <>
                <dt>{t('source.url')}</dt>
                <dd className="source-dialog__url"><code>{source.url}</code></dd>
              </>
            )}
            {source.file && (
              <>
                <dt>{t('source.file')}</dt>
                <dd>{isUserSource(source.id) ? t('source.keptInBrowser') : <code>{source.file}</code>}</dd>
              </>
            )}
          </dl>
          <form method="dialog">
            <button type="submit" autoFocus>{t('source.close')}</button>
          </form>
        </>
      )}
    </dialog>
  );
}
