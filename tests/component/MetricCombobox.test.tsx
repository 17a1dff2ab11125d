// @vitest-environment jsdom
// A candidate's metric is chosen in a combobox that finds any metric of the catalogue by a word of its name.
import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { metric } from '../fixtures/metric.ts';
import { setupI18n } from '../../src/i18n/setupI18n.ts';
import { CandidateRow, type Decision } from '../../src/user-data/CandidateRow.tsx';

const METRICS = [
  metric('legal_aid.civil_cases', '民事法律援助案件数', 'Civil legal aid cases'),
  metric('legal_aid.cases', '法律援助案件数', 'Legal aid cases', true),
  metric('mediation.cases', '人民调解案件数', "People's mediation cases", true),
];
const themeName = (id: string, lang: 'zh' | 'en') =>
  ({ legal_aid: { zh: '法律援助', en: 'Legal aid' }, mediation: { zh: '人民调解', en: "People's mediation" } })[id]?.[lang] ?? id;

const decision = (metricId: string | null, accepted: boolean): Decision => ({
  key: 'k1',
  accepted,
  metric: metricId,
  value: 381,
  qualifier: 'exact',
  evidence: '民事法律援助案件381宗',
  offset: 0,
});

/** The row as the dialog holds it: every change is kept, as the dialog's state would be. */
function Harness({ initial, changes }: { initial: Decision; changes: Decision[] }) {
  const [d, setD] = useState(initial);
  return (
    <ul>
      <CandidateRow
        decision={d}
        metrics={METRICS}
        themeName={themeName}
        blocker={null}
        onTick={() => {}}
        onChange={(next) => {
          changes.push(next);
          setD(next);
        }}
        onFocus={() => {}}
      />
    </ul>
  );
}

beforeAll(async () => {
  await setupI18n('zh');
});

describe('the candidate metric box', () => {
  it('shows the chosen metric by name, and a word of a name finds it', async () => {
    const changes: Decision[] = [];
    render(<Harness initial={decision('legal_aid.civil_cases', false)} changes={changes} />);
    const box = screen.getByRole('combobox', { name: '指标' });
    expect(box).toHaveValue('民事法律援助案件数');
    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, '法律援助');
    const options = within(screen.getByRole('listbox')).getAllByRole('option');
    // The name that starts with the words comes before the one that only holds them.
    expect(options.map((o) => o.textContent)).toEqual(['法律援助案件数法律援助', '民事法律援助案件数法律援助']);
    await user.click(options[0]!);
    expect(changes.at(-1)).toMatchObject({ metric: 'legal_aid.cases', accepted: false });
    expect(box).toHaveValue('法律援助案件数');
  });

  it('choosing a metric for an unrecognised figure ticks it; "no metric" leaves it out', async () => {
    const changes: Decision[] = [];
    render(<Harness initial={decision(null, false)} changes={changes} />);
    const box = screen.getByRole('combobox', { name: '指标' });
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('placeholder', '（未识别，请选择指标）');
    const user = userEvent.setup();
    await user.type(box, '人民调解');
    await user.keyboard('{ArrowDown}{Enter}');
    expect(changes.at(-1)).toMatchObject({ metric: 'mediation.cases', accepted: true });
    await user.click(screen.getByRole('button', { name: '显示指标列表' }));
    await user.click(screen.getByRole('option', { name: '（不选指标：不加入）' }));
    expect(changes.at(-1)).toMatchObject({ metric: null, accepted: false });
    expect(box).toHaveValue('');
  });

  it('a word no metric has says so, and leaving the box keeps the chosen metric', async () => {
    const changes: Decision[] = [];
    render(<Harness initial={decision('legal_aid.cases', true)} changes={changes} />);
    const box = screen.getByRole('combobox', { name: '指标' });
    const user = userEvent.setup();
    await user.clear(box);
    await user.type(box, '环境');
    expect(screen.getByText('没有名称含这些字的指标')).toBeInTheDocument();
    await user.tab();
    expect(box).toHaveValue('法律援助案件数');
    expect(changes).toEqual([]);
  });
});
