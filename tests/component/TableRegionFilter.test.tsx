// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it } from 'vitest';
import i18next from 'i18next';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { fixtureModel } from '../fixtures/loadFixture.ts';
import { renderTableView } from './renderTableView.tsx';

beforeAll(async () => {
  await setupI18n('zh');
});

const regionCells = () => screen.getAllByRole('rowheader').map((th) => th.textContent);

it('the table filter finds regions with the one matcher: pinyin initials, traditional characters, codes', async () => {
  expect(i18next.language).toBe('zh');
  const user = userEvent.setup();
  const model = fixtureModel();
  renderTableView(model);
  const filter = screen.getByRole('searchbox', { name: '筛选表格' });
  await user.click(filter);
  await user.keyboard('xy');
  await screen.findByRole('rowheader', { name: /信阳市/ });
  expect(regionCells()).toEqual(['信阳市 411500']);
  await user.clear(filter);
  await user.keyboard('信陽');
  expect(regionCells()).toEqual(['信阳市 411500']);
  await user.clear(filter);
  await user.keyboard('qingcheng');
  expect(regionCells()).toEqual(['清远市清城区 441802']);
  await user.clear(filter);
  await user.keyboard('4409');
  expect(regionCells()).toEqual(['茂名市 440900']);
});

it('a region a person added is marked 自添 in the table, as in the charts and on its page', async () => {
  const base = fixtureModel();
  const first = base.dataset.regions[0]!;
  const regions = base.dataset.regions.map((r) => (r.code === first.code ? { ...r, user_added: true } : r));
  const model = { ...base, dataset: { ...base.dataset, regions } };
  renderTableView(model, regions);
  const cell = await screen.findByRole('rowheader', { name: new RegExp(first.name.zh) });
  expect(cell).toHaveTextContent(`${first.name.zh} ${first.code}自添`);
});
