// @vitest-environment jsdom
import { createRef } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it } from 'vitest';
import { RankView } from '../../src/views/rank/RankView.tsx';
import { rankView } from '../../src/views/rank/rankView.ts';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import type { EChartHandle } from '../../src/charts/EChart.tsx';
import { DEFAULT_FILTERS } from '../../src/view-state/filters.ts';
import { syntheticModel } from '../fixtures/syntheticModel.ts';

/** Eight provinces' first regions of the synthetic dataset: more than a ranking shows at first. */
const model = () => syntheticModel(8);

beforeAll(async () => {
  await setupI18n('zh');
});

it('a long ranking shows its top 25, and all of them on request', async () => {
  const m = model();
  const { container } = render(
    <RankView
      model={m}
      filters={{ ...DEFAULT_FILTERS }}
      selection={rankView.select(m, DEFAULT_FILTERS, m.dataset.regions)}
      regions={m.dataset.regions}
      dark={false}
      onSelect={() => {}}
      chartRef={createRef<EChartHandle>()}
      update={() => {}}
    />,
  );
  const rows = () => container.querySelectorAll('.chart-data tbody tr').length;
  expect(rows()).toBe(25);
  const showAll = screen.getByRole('button', { name: /显示全部 \d+ 个地区/ });
  const total = Number(/\d+/.exec(showAll.textContent ?? '')?.[0]);
  expect(total).toBeGreaterThan(25);
  await userEvent.setup().click(showAll);
  // The scroll bar's chart module loads on this first request: wait for the rows, with room for a busy machine.
  await waitFor(() => expect(rows()).toBe(total), { timeout: 15_000 });
  expect(screen.getByRole('button', { name: '只显示前 25 名' })).toHaveAttribute('aria-pressed', 'true');
});
