// The one table component: sortable headers, a text filter, column visibility, and virtual rows when there are many.
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTable, type SortingState, type Updater, type ColumnVisibilityState } from '@tanstack/react-table';
import type { TableRow } from '../dataset/select/tableRows.ts';
import { features } from './tableFeatures.ts';
import type { TableColumns } from './tableColumns.tsx';
import { useVirtualRows } from './useVirtualRows.ts';
import { searchRegions } from '../regions/matchRegion.ts';
import { useRegionIndex } from '../regions/useRegionIndex.ts';

const ROW_HEIGHT = 40;

/** Sort and hidden columns are view state: they live in the URL like the rest, so a reload or a link keeps them. */
export interface TableViewState {
  sort: { column: string; desc: boolean } | null;
  hidden: string[];
}

const apply = <T,>(updater: Updater<T>, old: T): T => (typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater);

export function DataTable({
  rows,
  columns,
  caption,
  state,
  onStateChange,
}: {
  rows: TableRow[];
  columns: TableColumns;
  caption: string;
  state: TableViewState;
  onStateChange: (next: Partial<TableViewState>) => void;
}) {
  const { t } = useTranslation();
  const sorting: SortingState = state.sort ? [{ id: state.sort.column, desc: state.sort.desc }] : [];
  const columnVisibility: ColumnVisibilityState = Object.fromEntries(state.hidden.map((id) => [id, false]));
  const [globalFilter, setGlobalFilter] = useState('');
  const tableRegions = useMemo(() => rows.map((r) => r.region), [rows]);
  const { index, prepare } = useRegionIndex(tableRegions);
  // Filtered before the table, not by its global filter: the table memoises on the query alone and would miss the
  // moment pinyin arrives for a query already typed.
  const shownRows = useMemo(() => {
    if (globalFilter.trim() === '') return rows;
    const matching = new Set(searchRegions(index, globalFilter).map((r) => r.code));
    return rows.filter((row) => matching.has(row.region.code));
  }, [rows, index, globalFilter]);
  const table = useTable({
    features,
    columns,
    data: shownRows,
    state: { sorting, columnVisibility },
    onSortingChange: (updater) => {
      const first = apply(updater, sorting)[0];
      onStateChange({ sort: first ? { column: first.id, desc: first.desc } : null });
    },
    onColumnVisibilityChange: (updater) => {
      const next = apply(updater, columnVisibility);
      onStateChange({ hidden: Object.entries(next).filter(([, visible]) => !visible).map(([id]) => id) });
    },
    getRowId: (row) => row.region.code,
  });
  const modelRows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { indexes, virtual, padTop, padBottom } = useVirtualRows(modelRows.length, scrollRef, ROW_HEIGHT);
  const shown = indexes.map((i) => modelRows[i]).filter((r) => r !== undefined);
  const leafCount = table.getVisibleLeafColumns().length;

  return (
    <div className="data-table">
      <div className="data-table__tools">
        <label>
          <span>{t('table.filter')}</span>
          <input type="search" value={globalFilter} placeholder={t('table.filterPlaceholder')} onFocus={prepare} onChange={(e) => setGlobalFilter(e.target.value)} />
        </label>
        <details className="column-menu">
          <summary>{t('table.columns')}</summary>
          <fieldset>
            <legend className="visually-hidden">{t('table.columns')}</legend>
            {table.getAllLeafColumns().filter((c) => c.getCanHide()).map((column) => (
              <label key={column.id}>
                <input type="checkbox" checked={column.getIsVisible()} onChange={column.getToggleVisibilityHandler()} />
                {typeof column.columnDef.header === 'string' ? column.columnDef.header : column.id}
              </label>
            ))}
          </fieldset>
        </details>
        <span className="muted" aria-live="polite">{t('table.rowCount', { count: modelRows.length })}</span>
      </div>
      <div className="data-table__scroll" ref={scrollRef} tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const canSort = !header.isPlaceholder && header.subHeaders.length === 0 && header.column.getCanSort();
                  // A group row's empty cell above an ungrouped column is no header: a blank cell, not an empty <th>.
                  if (header.isPlaceholder) return <td key={header.id} colSpan={header.colSpan} aria-hidden="true" />;
                  return (
                    <th key={header.id} colSpan={header.colSpan} scope="col" aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                      {canSort ? (
                        <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ⇅'}</span>
                        </button>
                      ) : (
                        <table.FlexRender header={header} />
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {padTop > 0 && <tr style={{ height: padTop }} aria-hidden="true"><td colSpan={leafCount} /></tr>}
            {shown.map((row) => (
              <tr key={row.id} style={virtual ? { height: ROW_HEIGHT } : undefined}>
                {row.getVisibleCells().map((cell) =>
                  cell.column.id === 'region' ? (
                    <th key={cell.id} scope="row"><table.FlexRender cell={cell} /></th>
                  ) : (
                    <td key={cell.id} className={cell.column.id === 'level' ? undefined : 'num'}><table.FlexRender cell={cell} /></td>
                  ),
                )}
              </tr>
            ))}
            {padBottom > 0 && <tr style={{ height: padBottom }} aria-hidden="true"><td colSpan={leafCount} /></tr>}
            {modelRows.length === 0 && <tr><td colSpan={leafCount} className="empty">{t('table.noRows')}</td></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
