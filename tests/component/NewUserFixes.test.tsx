// @vitest-environment jsdom
// What a new user tripped over (issue 12), each checked where a person sees it.
import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Dashboard } from '../../src/app/Dashboard.tsx';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { fixtureModel } from '../fixtures/loadFixture.ts';
import { exportAnnotations } from '../../src/export/exportAnnotations.ts';
import { selectRecords, viewWords } from '../../src/views/registry.ts';
import { rankView } from '../../src/views/rank/rankView.ts';
import { contextFor, filtersWith } from '../unit/export/context.ts';

const model = fixtureModel();

beforeAll(async () => {
  await setupI18n('zh');
});
beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('issue 12, as a person meets it', () => {
  it('a rate is never said to be per 100,000 residents, even when the link asks for it', async () => {
    const ctx = await contextFor('zh');
    const f = filtersWith({ metric: 'mediation.success_rate', perCapita: true });
    expect(rankView.exportDetail(model, f, ctx)).not.toContain('每10万');
    expect(viewWords(model, f, ctx).perCapita).toBe(false);
    expect(rankView.exportDetail(model, filtersWith({ metric: 'mediation.cases', perCapita: true }), ctx)).toContain('每10万常住人口');
  });

  it('an empty year says so, and does not advise what is already chosen', () => {
    window.history.replaceState(null, '', '/?year=2023&metric=mediation.resolved');
    render(<Dashboard model={model} />);
    expect(screen.getByTestId('empty-state')).toHaveTextContent('2023年没有地区报告此指标');
  });

  it('a broken link opens with its notice, and the address bar then says what is shown', async () => {
    window.history.replaceState(null, '', '/?view=bogus&metric=review.cases');
    render(<Dashboard model={model} />);
    expect(screen.getByTestId('url-notice')).toHaveTextContent('view="bogus"');
    await waitFor(() => expect(window.location.search).toBe('?metric=review.cases'));
    expect(screen.getByTestId('url-notice')).toBeInTheDocument();
  });

  it('the page title names the chart', () => {
    window.history.replaceState(null, '', '/?metric=review.cases');
    render(<Dashboard model={model} />);
    expect(document.title).toBe('行政复议案件数 · 法治政府年报对比看板');
  });

  it('the theme select and the chart never disagree: a theme alone shows its own metric', () => {
    window.history.replaceState(null, '', '/?theme=review');
    render(<Dashboard model={model} />);
    expect(screen.getByLabelText('主题')).toHaveValue('review');
    expect(screen.getByLabelText('指标', { exact: true })).toHaveValue('review.cases');
  });

  it('a metric is found by name, whatever its theme, and shown', async () => {
    const { default: userEvent } = await import('@testing-library/user-event');
    render(<Dashboard model={model} />);
    await userEvent.setup().type(screen.getByLabelText('查找指标或特色数字'), '行政复议案件数 · 行政复议');
    expect(window.location.search).toBe('?metric=review.cases');
    expect(screen.getByLabelText('主题')).toHaveValue('review');
  });

  it('an exported image carries the mixed-level warning the page shows', async () => {
    const ctx = await contextFor('zh');
    const f = filtersWith({ metric: 'mediation.cases' });
    const a = exportAnnotations(model, f, selectRecords(model, f, model.dataset.regions), viewWords(model, f, ctx), ctx, undefined, ['注意：混合了不同行政级别']);
    expect(a.warnings).toBe('注意：混合了不同行政级别');
  });
});
