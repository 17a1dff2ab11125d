// The table view as the dashboard renders it, for component tests: the filters' selection of the given regions.
import { render } from '@testing-library/react';
import { createRef } from 'react';
import type { EChartHandle } from '../../src/charts/EChart.tsx';
import type { DatasetModel } from '../../src/dataset/datasetModel.ts';
import type { Region } from '../../src/dataset/schema.ts';
import { TableView } from '../../src/views/table/TableView.tsx';
import { tableView } from '../../src/views/table/tableView.ts';
import { DEFAULT_FILTERS, type Filters } from '../../src/view-state/filters.ts';

export function renderTableView(model: DatasetModel, regions: Region[] = model.dataset.regions, filters: Filters = { ...DEFAULT_FILTERS }) {
  return render(
    <TableView
      model={model}
      filters={filters}
      selection={tableView.select(model, filters, regions)}
      regions={regions}
      update={() => {}}
      dark={false}
      onSelect={() => {}}
      chartRef={createRef<EChartHandle>()}
    />,
  );
}
