// Clicking any value opens this: the report, the clause with the figure highlighted, the qualifier, and any derivation.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Lang } from '../i18n/lang.ts';
import { formatValue, markValue } from '../i18n/formatNumber.ts';
import { derivationText } from './derivationText.ts';
import { figureSpan } from './figureSpan.ts';

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
            <dt>{t('source.report')}</dt>
            <dd lang={lang === 'zh' ? 'zh-CN' : 'en'}>{source.title[lang]}</dd>
            <dt>{t('source.issuer')}</dt>
            <dd>{source.issuer[lang]}</dd>
            <dt>{t('source.date')}</dt>
            <dd>{source.date ?? t('source.noDate')}</dd>
            <dt>{t('source.file')}</dt>
            <dd><code>{source.file}</code></dd>
          </dl>
          <form method="dialog">
            <button type="submit" autoFocus>{t('source.close')}</button>
          </form>
        </>
      )}
    </dialog>
  );
}
