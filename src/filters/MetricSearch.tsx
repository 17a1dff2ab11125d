// Any metric or notable figure by name: the metric select offers the rankable metrics of a theme; this finds the rest.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetModel } from '../dataset/datasetModel.ts';
import type { Lang } from '../i18n/lang.ts';

export function MetricSearch({ model, lang, onPick }: { model: DatasetModel; lang: Lang; onPick: (metricId: string) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  // A native input with a datalist: the browser's own suggestion list, keyboard and screen-reader support included.
  const label = (m: (typeof model.metricsWithData)[number]) =>
    `${m.name[lang]} · ${model.themeById.get(m.theme)?.name[lang] ?? m.theme}${m.rankable ? '' : ` · ${t('filters.notable')}`}`;
  const byLabel = new Map(model.metricsWithData.map((m) => [label(m), m.id]));
  return (
    <label>
      <span>{t('filters.metricSearch')}</span>
      <input
        type="search"
        list={listId}
        value={text}
        placeholder={t('filters.metricSearchPlaceholder')}
        onChange={(e) => {
          const id = byLabel.get(e.target.value);
          if (id) {
            onPick(id);
            setText('');
          } else setText(e.target.value);
        }}
      />
      <datalist id={listId}>
        {[...byLabel.keys()].map((l) => (
          <option key={l} value={l} />
        ))}
      </datalist>
    </label>
  );
}
