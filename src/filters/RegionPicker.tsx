// The regions to compare: a combobox (Downshift's useCombobox + useMultipleSelection, the WAI-ARIA 1.2 pattern) that
// searches with the one region matcher, shows the chosen regions as chips, and offers "same level / same province".
import { useCombobox, useMultipleSelection } from 'downshift';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../dataset/schema.ts';
import { useRegionIndex } from '../regions/useRegionIndex.ts';
import type { Lang } from '../i18n/lang.ts';
import { regionOptions, type PickerItem } from './regionOptions.ts';

const SHOWN = 80;

interface Props {
  /** The regions one may pick: already narrowed by the level and province filters. */
  regions: readonly Region[];
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  lang: Lang;
}

const itemKey = (item: PickerItem): string =>
  item.kind === 'region' ? item.region.code : `${item.kind}:${item.of.code}`;

export function RegionPicker({ regions, selected, onChange, lang }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const { index, prepare } = useRegionIndex(regions);
  const groupId = useId();
  const byCode = useMemo(() => new Map(regions.map((r) => [r.code, r])), [regions]);
  const chosen = useMemo(
    () => selected.map((c) => byCode.get(c)).filter((r) => r !== undefined),
    [selected, byCode],
  );
  // Chosen regions that the level or province filter hides stay chosen; they are counted, not lost.
  const hidden = selected.filter((c) => !byCode.has(c));
  const options = useMemo(() => regionOptions(index, query, selected, SHOWN), [index, query, selected]);
  const items = useMemo(() => [...options.shortcuts, ...options.groups.flatMap((g) => g.items)], [options]);
  const setChosen = (codes: readonly string[]) => onChange([...hidden, ...new Set(codes)]);
  const name = (r: Region) => r.name[lang];

  const pick = (item: PickerItem) => {
    const codes = chosen.map((r) => r.code);
    if (item.kind !== 'region') setChosen([...codes, ...item.codes]);
    else
      setChosen(
        codes.includes(item.region.code)
          ? codes.filter((c) => c !== item.region.code)
          : [...codes, item.region.code],
      );
  };

  const { getDropdownProps, getSelectedItemProps, removeSelectedItem } = useMultipleSelection<Region>({
    selectedItems: chosen,
    itemToKey: (r) => r?.code,
    onSelectedItemsChange: ({ selectedItems }) => setChosen(selectedItems.map((r) => r.code)),
  });
  const {
    isOpen,
    highlightedIndex,
    getInputProps,
    getLabelProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
  } = useCombobox<PickerItem>({
    items,
    itemToString: () => '',
    itemToKey: (item) => (item ? itemKey(item) : null),
    // Downshift owns the typed text (a controlled value lost keystrokes when typed fast); the query follows it.
    selectedItem: null,
    stateReducer: (state, { type, changes }) => {
      switch (type) {
        // Picking keeps the list open on the same option, so several regions are picked in a row.
        case useCombobox.stateChangeTypes.InputKeyDownEnter:
        case useCombobox.stateChangeTypes.ItemClick:
          return {
            ...changes,
            isOpen: true,
            highlightedIndex: state.highlightedIndex,
            inputValue: state.inputValue,
          };
        // Leaving the box keeps what was typed (Downshift would clear it).
        case useCombobox.stateChangeTypes.InputBlur:
          return { ...changes, inputValue: state.inputValue };
        default:
          return changes;
      }
    },
    onStateChange: ({ type, selectedItem, inputValue }) => {
      // Only Enter and a click pick: Downshift would also pick the highlighted option when Tab leaves the box.
      const picked =
        type === useCombobox.stateChangeTypes.InputKeyDownEnter ||
        type === useCombobox.stateChangeTypes.ItemClick;
      if (picked && selectedItem) pick(selectedItem);
      if (
        inputValue !== undefined &&
        (type === useCombobox.stateChangeTypes.InputChange ||
          type === useCombobox.stateChangeTypes.InputKeyDownEscape)
      )
        setQuery(inputValue);
    },
  });

  const chosenCodes = new Set(selected);
  const itemLabel = (item: PickerItem): string =>
    item.kind === 'region'
      ? name(item.region)
      : t(item.kind === 'sameLevel' ? 'filters.sameLevel' : 'filters.sameProvince', {
          name: name(item.of),
          count: item.codes.length,
        });
  let position = 0;
  const option = (item: PickerItem) => {
    const at = position++;
    const isChosen = item.kind === 'region' && chosenCodes.has(item.region.code);
    return (
      <li
        key={itemKey(item)}
        className={`combobox__option${highlightedIndex === at ? ' is-highlighted' : ''}`}
        {...getItemProps({ item, index: at })}
        aria-selected={isChosen}
      >
        <span className="region-combobox__check" aria-hidden="true">
          {item.kind === 'region' ? (isChosen ? '✓' : '') : '＋'}
        </span>
        <span className="combobox__name">{itemLabel(item)}</span>
        {item.kind === 'region' && <span className="code">{item.region.code}</span>}
      </li>
    );
  };

  return (
    <div className="region-picker">
      <label className="region-picker__label" {...getLabelProps()}>
        {t('filters.regions')}
        <span className="visually-hidden"> {t('filters.regionSearch')}</span>
      </label>
      <ul className="chips" aria-label={t('filters.chosenRegions')}>
        {chosen.length === 0 && hidden.length === 0 && <li className="muted">{t('filters.allRegions')}</li>}
        {chosen.map((r, i) => (
          <li key={r.code} className="chip" {...getSelectedItemProps({ selectedItem: r, index: i })}>
            {name(r)}
            {r.user_added && <span className="badge">{t('filters.addedMark')}</span>}
            <button
              type="button"
              className="chip__remove"
              tabIndex={-1}
              aria-label={t('filters.removeRegion', { name: name(r) })}
              onClick={(e) => {
                e.stopPropagation();
                removeSelectedItem(r);
              }}
            >
              ×
            </button>
          </li>
        ))}
        {selected.length > 0 && (
          <li>
            <button type="button" className="link" onClick={() => onChange([])}>
              {t('filters.clearRegions')}
            </button>
          </li>
        )}
      </ul>
      {hidden.length > 0 && (
        <p className="muted small">{t('filters.regionsOutsideFilters', { count: hidden.length })}</p>
      )}
      <div className="region-combobox">
        <input
          className="combobox__input"
          placeholder={t('filters.regionPlaceholder')}
          {...getInputProps(getDropdownProps({ onFocus: prepare }))}
        />
        <button
          type="button"
          className="combobox__toggle"
          aria-label={t('filters.showRegions')}
          {...getToggleButtonProps()}
        >
          <span aria-hidden="true">{isOpen ? '▴' : '▾'}</span>
        </button>
        <ul
          className="combobox__menu region-combobox__menu"
          aria-multiselectable="true"
          {...getMenuProps()}
          hidden={!isOpen}
        >
          {isOpen && options.shortcuts.length > 0 && (
            <li role="group" aria-labelledby={`${groupId}-shortcuts`}>
              <span id={`${groupId}-shortcuts`} className="region-combobox__group" role="presentation">
                {t('filters.shortcuts')}
              </span>
              <ul role="none">{options.shortcuts.map(option)}</ul>
            </li>
          )}
          {isOpen &&
            options.groups.map((g) => (
              <li key={g.key} role="group" aria-labelledby={`${groupId}-${g.key}`}>
                <span id={`${groupId}-${g.key}`} className="region-combobox__group" role="presentation">
                  {t('filters.regionGroup', {
                    province: g.province.name[lang],
                    level: t(`levels.${g.level}`),
                  })}
                </span>
                <ul role="none">{g.items.map(option)}</ul>
              </li>
            ))}
          {isOpen && items.length === 0 && (
            <li className="muted region-combobox__empty" role="presentation">
              {t('filters.noRegionMatch')}
            </li>
          )}
          {isOpen && options.more > 0 && (
            <li className="muted region-combobox__empty" role="presentation">
              {t('filters.moreRegions', { count: options.more })}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
