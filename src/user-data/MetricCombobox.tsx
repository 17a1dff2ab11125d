// A candidate's metric: a combobox (Downshift's useCombobox, the WAI-ARIA 1.2 pattern) that finds a metric of the whole
// catalogue by a word of its name, id or theme, instead of a list of every metric to scroll through.
import { useCombobox } from 'downshift';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Metric } from '../dataset/schema.ts';
import type { Lang } from '../i18n/lang.ts';
import { metricOptions } from './metricOptions.ts';

const SHOWN = 60;
/** The option that leaves the figure without a metric (it cannot be added then). */
const NO_METRIC = 'none';
type Item = Metric | typeof NO_METRIC;

interface Props {
  metrics: readonly Metric[];
  themeName: (themeId: string, lang: Lang) => string;
  value: string | null;
  onChange: (metricId: string | null) => void;
  /** A change is no level of any metric: nothing can be chosen for it. */
  disabled?: boolean;
}

export function MetricCombobox({ metrics, themeName, value, onChange, disabled = false }: Props) {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh';
  const [query, setQuery] = useState('');
  const nameOf = (item: Item | null): string => (item === null || item === NO_METRIC ? '' : item.name[lang]);
  const selected = useMemo(() => metrics.find((m) => m.id === value) ?? null, [metrics, value]);
  const options = useMemo(() => metricOptions(metrics, themeName, query, SHOWN), [metrics, themeName, query]);
  const items: Item[] = useMemo(
    () => (query === '' && selected !== null ? [NO_METRIC, ...options.items] : options.items),
    [query, selected, options],
  );
  const { isOpen, highlightedIndex, getInputProps, getLabelProps, getMenuProps, getItemProps, getToggleButtonProps } =
    useCombobox<Item>({
      items,
      selectedItem: selected,
      itemToString: nameOf,
      itemToKey: (item) => (item === null || item === NO_METRIC ? NO_METRIC : item.id),
      // Leaving the box (Tab, a click elsewhere) picks nothing and shows the chosen metric again.
      stateReducer: (state, { type, changes }) =>
        type === useCombobox.stateChangeTypes.InputBlur
          ? { ...changes, selectedItem: state.selectedItem, inputValue: nameOf(state.selectedItem) }
          : changes,
      onInputValueChange: ({ inputValue, type }) => {
        if (type === useCombobox.stateChangeTypes.InputChange) setQuery(inputValue);
      },
      onIsOpenChange: ({ isOpen: open }) => {
        if (!open) setQuery('');
      },
      onSelectedItemChange: ({ selectedItem }) =>
        onChange(selectedItem === null || selectedItem === NO_METRIC ? null : selectedItem.id),
    });
  return (
    <div className="metric-combobox">
      <label className="visually-hidden" {...getLabelProps()}>
        {t('filters.metric')}
      </label>
      <div className="metric-combobox__box">
        <input
          className="combobox__input"
          placeholder={selected === null ? t('addReport.unrecognised') : t('addReport.metricPlaceholder')}
          {...getInputProps({ disabled, onFocus: (e) => e.currentTarget.select() })}
        />
        <button type="button" className="combobox__toggle" aria-label={t('addReport.showMetrics')} {...getToggleButtonProps({ disabled })}>
          <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
        </button>
      </div>
      {/* Not a tab stop: a scrolling list is one in Chromium, and Tab would land in it as it closes. */}
      <ul className="combobox__menu metric-combobox__menu" {...getMenuProps()} tabIndex={-1} hidden={!isOpen}>
        {isOpen &&
          items.map((item, index) => (
            <li
              key={item === NO_METRIC ? NO_METRIC : item.id}
              className={`combobox__option${highlightedIndex === index ? ' is-highlighted' : ''}`}
              {...getItemProps({ item, index })}
            >
              {item === NO_METRIC ? (
                <span className="muted">{t('addReport.noMetric')}</span>
              ) : (
                <>
                  <span className="combobox__name">{item.name[lang]}</span>
                  <span className="metric-combobox__theme">{themeName(item.theme, lang)}</span>
                </>
              )}
            </li>
          ))}
      </ul>
      {isOpen && items.length === 0 && <p className="metric-combobox__note muted small">{t('addReport.noMetricFound')}</p>}
      {isOpen && options.more > 0 && (
        <p className="metric-combobox__note muted small">{t('addReport.moreMetrics', { count: options.more })}</p>
      )}
    </div>
  );
}
