// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import { CoverageView } from '../../src/views/coverage/CoverageView.tsx';
import { coverageView } from '../../src/views/coverage/coverageView.ts';
import { buildDatasetModel } from '../../src/dataset/datasetModel.ts';
import { fixtureDataset } from '../fixtures/loadFixture.ts';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { DEFAULT_FILTERS } from '../../src/view-state/filters.ts';
import { syntheticModel } from '../fixtures/syntheticModel.ts';

/** The first regions of many provinces of the synthetic dataset, one metric: far more regions than metrics. */
const model = () => syntheticModel(40);

beforeAll(async () => {
  await setupI18n('zh');
});

afterEach(() => {
  vi.restoreAllMocks();
});

const renderCoverage = (m: ReturnType<typeof model> | ReturnType<typeof buildDatasetModel>, theme: string) => {
  const filters = { ...DEFAULT_FILTERS, view: 'coverage' as const, theme };
  const selection = coverageView.select(m, filters, m.dataset.regions);
  return render(<CoverageView model={m} filters={filters} selection={selection} regions={m.dataset.regions} dark={false} onSelect={() => {}} chartRef={{ current: null }} update={() => {}} />).container;
};

it('shows the chosen theme only, regions down the page whatever their number', () => {
  const m = buildDatasetModel(fixtureDataset());
  for (const theme of ['mediation', 'review']) {
    const table = renderCoverage(m, theme).querySelector('.coverage-table');
    expect(table?.getAttribute('data-orientation')).toBe('regions-down');
    const themeMetrics = m.metricsWithData.filter((x) => x.theme === theme);
    // Region, its kinds of source, count, then the theme's metrics.
    expect(table?.querySelectorAll('thead th')).toHaveLength(3 + themeMetrics.length);
    expect(table?.querySelector('tbody tr .coverage__kinds')).toHaveTextContent('年度报告');
    expect(table?.querySelectorAll('tbody tr')).toHaveLength(m.dataset.regions.length);
  }
});

it('puts thousands of regions down the page, as virtual rows, with years as runs', () => {
  const m = model();
  expect(m.dataset.regions.length).toBeGreaterThanOrEqual(100);
  // jsdom lays nothing out: give the scrolling table a 600 px window.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  const table = renderCoverage(m, m.metricsWithData[0]!.theme).querySelector('.coverage-table');
  expect(table?.getAttribute('data-orientation')).toBe('regions-down');
  // Region, kinds of source, count, and the one metric.
  expect(table?.querySelectorAll('thead th')).toHaveLength(4);
  // 600 px of 36 px rows and the virtualiser's margin: a few dozen rows in the DOM, not every region.
  const rows = table?.querySelectorAll('tbody tr:not([aria-hidden])') ?? [];
  expect(rows.length).toBeGreaterThan(10);
  expect(rows.length).toBeLessThan(40);
  expect([...(table?.querySelectorAll('td.has') ?? [])].some((td) => /^\d{4}(–\d{4})?$/.test(td.textContent ?? ''))).toBe(true);
});
