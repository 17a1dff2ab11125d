// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/app/Dashboard.tsx';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { fixtureModel } from '../fixtures/loadFixture.ts';

const model = fixtureModel();
// A view other than the ranking is a lazy chunk: on a busy 2-core machine its first load can take seconds, so waits
// for it wait for the state with a generous limit (the default 1 s failed runs), never for a time.
const LAZY = { timeout: 15_000 };

beforeAll(async () => {
  await setupI18n('zh');
});
beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('<Dashboard>', () => {
  it('renders the ranking with the no-data regions named, and the mixed-level warning', () => {
    window.history.replaceState(null, '', '/?metric=review.cases');
    render(<Dashboard model={model} />);
    expect(screen.getByTestId('no-data')).toHaveTextContent('无数据：清远市清城区');
    expect(screen.getByTestId('mixed-levels')).toHaveTextContent('地级');
  });

  it('a year change goes to the URL and the view follows it', async () => {
    const user = userEvent.setup();
    render(<Dashboard model={model} />);
    await user.selectOptions(screen.getByLabelText('年份'), '2023');
    expect(window.location.search).toBe('?year=2023');
    await user.click(screen.getByRole('button', { name: '表格' }));
    expect(window.location.search).toBe('?view=table&year=2023');
    // Views other than the ranking load on first use.
    const table = await screen.findByRole('region', { name: /数据表/ }, LAZY);
    expect(within(table).getAllByRole('row')).toHaveLength(2 + 3);
  });

  it('the table sorts by a metric, filters by text and hides columns', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=table');
    render(<Dashboard model={model} />);
    const table = await screen.findByRole('region', { name: /数据表/ }, LAZY);
    const firstColumn = () => within(table).getAllByRole('rowheader').map((c) => c.textContent?.replace(/\d{6}.*/, '').trim());
    await user.click(within(within(table).getByRole('columnheader', { name: /^人民调解案件数/ })).getByRole('button'));
    expect(firstColumn()).toEqual(['信阳市', '茂名市', '清远市清城区']);
    await user.type(screen.getByLabelText('筛选表格'), 'maoming');
    expect(firstColumn()).toEqual(['茂名市']);
    await user.clear(screen.getByLabelText('筛选表格'));
    await user.click(screen.getByText('显示列', { selector: 'summary' }));
    await user.click(screen.getByRole('checkbox', { name: '调解成功率' }));
    expect(within(table).queryByRole('columnheader', { name: /调解成功率/ })).toBeNull();
    // Sort and hidden columns are view state: in the URL, so a reload or a shared link keeps them.
    expect(window.location.search).toBe('?view=table&sort=-mediation.cases&hide=mediation.success_rate');
  });

  it('marks every table cell with its qualifier', async () => {
    window.history.replaceState(null, '', '/?view=table&year=2023');
    render(<Dashboard model={model} />);
    const approx = await screen.findByRole('button', { name: /^≈5.9万.*约数.*信阳市/ }, LAZY);
    expect(approx).toHaveClass('q-approx');
  });

  it('switches language from the header and keeps the view', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?view=coverage');
    render(<Dashboard model={model} />);
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(window.location.search).toBe('?lang=en&view=coverage');
    expect(await screen.findByText('Rule-of-Law Report Dashboard', {}, LAZY)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: '中文' }));
    expect(window.location.search).toBe('?view=coverage');
    expect(await screen.findByText('法治政府年报对比看板', {}, LAZY)).toBeInTheDocument();
    expect(screen.queryByText('Rule-of-Law Report Dashboard')).toBeNull();
    expect(screen.getByRole('button', { name: '中文' })).toHaveAttribute('aria-pressed', 'true');
  });
});
