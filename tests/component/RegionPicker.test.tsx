// @vitest-environment jsdom
import { useState } from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { RegionPicker } from '../../src/filters/RegionPicker.tsx';
import { loadRegionSpelling } from '../../src/regions/loadRegionSpelling.ts';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import type { Level, Region } from '../../src/dataset/schema.ts';
import type { Lang } from '../../src/i18n/lang.ts';

const guangdong = { code: '440000', name: { zh: '广东省', en: 'Guangdong' } };
const henan = { code: '410000', name: { zh: '河南省', en: 'Henan' } };
const region = (code: string, zh: string, en: string, level: Level, province = guangdong): Region => ({
  code,
  name: { zh, en },
  level,
  province,
  population: null,
});
const REGIONS = [
  region('440900', '茂名市', 'Maoming', 'prefecture'),
  region('441900', '东莞市', 'Dongguan', 'prefecture'),
  region('441802', '清远市清城区', 'Qingcheng District, Qingyuan', 'district'),
  region('411500', '信阳市', 'Xinyang', 'prefecture', henan),
];

/** The picker as the filter panel holds it; every change is recorded, as the URL would be. */
function Harness({
  initial = [],
  regions = REGIONS,
  lang = 'zh',
  changes,
}: {
  initial?: string[];
  regions?: Region[];
  lang?: Lang;
  changes: string[][];
}) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <RegionPicker
      regions={regions}
      selected={selected}
      lang={lang}
      onChange={(codes) => {
        changes.push(codes);
        setSelected(codes);
      }}
    />
  );
}

const chips = () =>
  within(screen.getByRole('list', { name: '已选地区' }))
    .queryAllByRole('listitem')
    .map((li) => li.textContent);

beforeAll(async () => {
  await setupI18n('zh');
  // The picker loads pinyin on focus; loaded here, no import is left pending when the file's environment is torn down.
  await loadRegionSpelling();
});

describe('the region picker', () => {
  it('finds a region by its pinyin initials and picks it with the keyboard; Backspace removes the last chip', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(<Harness changes={changes} />);
    const box = screen.getByRole('combobox', { name: /地区/ });
    await user.click(box);
    await user.keyboard('dg');
    await screen.findByRole('option', { name: /东莞市/ });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['东莞市441900']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(changes.at(-1)).toEqual(['441900']);
    expect(chips()).toEqual(['东莞市×', '清除地区选择']);
    expect(screen.getByRole('option', { name: /东莞市/ })).toHaveAttribute('aria-selected', 'true');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('option')).toBeNull();
    await user.keyboard('{Escape}');
    expect(box).toHaveValue('');
    await user.keyboard('{Backspace}');
    expect(changes.at(-1)).toEqual([]);
    expect(chips()).toEqual(['全部地区']);
  });

  it('never picks the highlighted option, nor drops the query, when focus leaves the box', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(<Harness changes={changes} />);
    await user.click(screen.getByRole('combobox', { name: /地区/ }));
    await user.keyboard('maoming');
    await screen.findByRole('option', { name: /茂名市/ });
    await user.keyboard('{ArrowDown}');
    // Tab in a browser: focus moves on to another control (user-event's tab in jsdom gives no relatedTarget).
    fireEvent.blur(screen.getByRole('combobox', { name: /地区/ }), {
      relatedTarget: screen.getByRole('button', { name: '显示地区列表' }),
    });
    expect(changes).toEqual([]);
    expect(screen.getByRole('combobox', { name: /地区/ })).toHaveValue('maoming');
  });

  it('finds a traditional-character query and groups options by province and level', async () => {
    const user = userEvent.setup();
    render(<Harness changes={[]} />);
    await user.click(screen.getByRole('combobox', { name: /地区/ }));
    expect(
      screen
        .getAllByRole('group')
        .map(
          (g) =>
            g.getAttribute('aria-labelledby') &&
            document.getElementById(g.getAttribute('aria-labelledby')!)?.textContent,
        ),
    ).toEqual(['河南省 · 地级', '广东省 · 地级', '广东省 · 市辖区']);
    await user.keyboard('東莞');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['东莞市441900']),
    );
  });

  it('adds every region of the chosen one’s level, or of its province, in one step', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(<Harness initial={['441900']} changes={changes} />);
    await user.click(screen.getByRole('combobox', { name: /地区/ }));
    const shortcuts = within(screen.getByRole('group', { name: '批量添加' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(shortcuts).toEqual(['＋与东莞市同级的地区（+2）', '＋与东莞市同省的地区（+2）']);
    await user.keyboard('{ArrowDown}{Enter}');
    expect(changes.at(-1)).toEqual(['441900', '440900', '411500']);
  });

  it('keeps chosen regions that the level or province filter hides, and says how many', async () => {
    const user = userEvent.setup();
    const changes: string[][] = [];
    render(
      <Harness
        initial={['411500', '441900']}
        regions={REGIONS.filter((r) => r.province === guangdong)}
        changes={changes}
      />,
    );
    expect(screen.getByText('另有 1 个已选地区不在当前级别或省份范围内')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '移除 东莞市' }));
    expect(changes.at(-1)).toEqual(['411500']);
  });

  it('names regions and groups in English', async () => {
    const user = userEvent.setup();
    render(<Harness lang="en" changes={[]} />);
    await user.click(screen.getByRole('combobox', { name: /地区/ }));
    await user.keyboard('qingc');
    await waitFor(() =>
      expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
        'Qingcheng District, Qingyuan441802',
      ]),
    );
  });
});
