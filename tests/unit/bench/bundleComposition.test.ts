import { describe, expect, it } from 'vitest';
import {
  composition,
  firstLoadChunks,
  partOf,
  type ChunkLike,
} from '../../../scripts/bench/bundleComposition.ts';

const chunk = (
  fileName: string,
  modules: Record<string, number>,
  extra: Partial<ChunkLike> = {},
): ChunkLike => ({
  type: 'chunk',
  fileName,
  modules: Object.fromEntries(
    Object.entries(modules).map(([id, renderedLength]) => [id, { renderedLength }]),
  ),
  ...extra,
});

describe('first-load composition', () => {
  it('names a module by its package or source folder', () => {
    expect(partOf('/w/node_modules/echarts/lib/chart/bar/install.js')).toBe('echarts');
    expect(partOf('/w/node_modules/@tanstack/table-core/dist/index.js')).toBe('@tanstack/table-core');
    expect(partOf('/w/main/src/charts/EChart.tsx')).toBe('src/charts');
  });

  it("starts from index.html's scripts when there is one", () => {
    const output: ChunkLike[] = [
      {
        type: 'asset',
        fileName: 'index.html',
        source:
          '<script type="module" crossorigin src="/assets/app.js"></script><script src="/registerSW.js" defer></script>',
      },
      chunk('assets/app.js', { '/w/node_modules/react/index.js': 5 }),
      chunk('assets/lazy.js', { '/w/node_modules/zod/index.js': 5 }, { isEntry: true }),
    ];
    expect(firstLoadChunks(output).map((c) => c.fileName)).toEqual(['assets/app.js']);
  });

  it('follows static imports from the entry, leaves lazy chunks out, and sums by part', () => {
    const output: ChunkLike[] = [
      chunk('index.js', { '/w/src/app/main.tsx': 10 }, { isEntry: true, imports: ['app.js'] }),
      chunk('app.js', {
        '/w/node_modules/react-dom/index.js': 100,
        '/w/node_modules/zod/a.js': 30,
        '/w/node_modules/zod/b.js': 20,
      }),
      chunk('TableView.js', { '/w/node_modules/@tanstack/table-core/x.js': 70 }),
      { type: 'asset', fileName: 'app.css' },
    ];
    expect(firstLoadChunks(output).map((c) => c.fileName)).toEqual(['index.js', 'app.js']);
    expect(composition(firstLoadChunks(output))).toEqual([
      { part: 'react-dom', bytes: 100 },
      { part: 'zod', bytes: 50 },
      { part: 'src/app', bytes: 10 },
    ]);
  });
});
