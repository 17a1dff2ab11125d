// @vitest-environment jsdom
// Per capita, the table marks a value it cannot show for want of a citable population, and names the region under it:
// never the "—" of a region without data.
import { screen, within } from '@testing-library/react';
import { beforeAll, expect, it } from 'vitest';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { DEFAULT_FILTERS } from '../../src/view-state/filters.ts';
import { fixtureModel } from '../fixtures/loadFixture.ts';
import { renderTableView } from './renderTableView.tsx';

beforeAll(async () => {
  await setupI18n('zh');
});

it('a value left out per capita is marked 无人口 in its cell, and its region is named under the table', () => {
  const model = fixtureModel();
  const regions = model.dataset.regions.map((r) => (r.code === '411500' ? { ...r, population: null } : r));
  const filters = { ...DEFAULT_FILTERS, perCapita: true };
  renderTableView(model, regions, filters);
  const xinyang = screen.getByRole('rowheader', { name: /信阳市/ }).closest('tr')!;
  expect(within(xinyang).getByLabelText('无可引用的人口数据，未按人口换算')).toHaveTextContent('无人口');
  // Its other cells, without a value at all, stay "no data".
  expect(within(xinyang).getAllByLabelText('无数据').length).toBeGreaterThan(0);
  expect(screen.getByTestId('no-population')).toHaveTextContent('未列入每10万人口比较（没有可引用的2020年人口普查常住人口）：信阳市');
});
