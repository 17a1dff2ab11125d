// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it } from 'vitest';
import { rankView } from '../../src/views/rank/rankView.ts';
import { FilterPanel } from '../../src/filters/FilterPanel.tsx';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { buildDatasetModel } from '../../src/dataset/datasetModel.ts';
import { DEFAULT_FILTERS } from '../../src/view-state/filters.ts';
import { fixtureDataset } from '../fixtures/loadFixture.ts';
import { announceFinished, announceFrame } from '../../src/charts/chartFrames.ts';
import { loadRegionSpelling } from '../../src/regions/loadRegionSpelling.ts';

beforeAll(async () => {
  await setupI18n('en');
  // The picker's code waits for the first chart: this page has drawn it.
  announceFrame(document.body);
  announceFinished(document.body);
  await import('../../src/filters/RegionPicker.tsx');
  // The picker loads pinyin on focus; loaded here, no import is left pending when the file's environment is torn down.
  await loadRegionSpelling();
});

const listed = () =>
  within(screen.getByRole('listbox'))
    .queryAllByRole('option')
    .map((o) => o.textContent);

it('lists in the region picker only the regions of the chosen level and province', async () => {
  const user = userEvent.setup();
  const model = buildDatasetModel(fixtureDataset());
  const { rerender } = render(
    <FilterPanel
      model={model}
      filters={{ ...DEFAULT_FILTERS, lang: 'en', level: 'district' }}
      view={rankView}
      update={() => {}}
    />,
  );
  await user.click(await screen.findByRole('combobox', { name: /Regions/ }));
  expect(listed()).toEqual(['Qingcheng District, Qingyuan441802']);
  rerender(
    <FilterPanel
      model={model}
      filters={{ ...DEFAULT_FILTERS, lang: 'en', province: '410000' }}
      view={rankView}
      update={() => {}}
    />,
  );
  expect(listed()).toEqual(['Xinyang411500']);
});

it('names a province after its published record, not after a region a user added with another spelling', () => {
  const dataset = fixtureDataset();
  const added = {
    ...dataset.regions[0]!,
    code: '440310',
    name: { zh: '深圳市坪山区', en: '深圳市坪山区' },
    level: 'district' as const,
    province: { code: '440000', name: { zh: '广东省', en: '广东省' } },
    user_added: true,
  };
  const model = buildDatasetModel({ ...dataset, regions: [...dataset.regions, added] });
  render(<FilterPanel model={model} filters={{ ...DEFAULT_FILTERS, lang: 'en' }} view={rankView} update={() => {}} />);
  const provinces = within(screen.getByRole('combobox', { name: 'Province' }))
    .getAllByRole('option')
    .map((o) => o.textContent);
  expect(provinces).toEqual(['All', 'Guangdong', 'Henan']);
});
