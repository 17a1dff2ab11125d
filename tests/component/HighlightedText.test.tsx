// @vitest-environment jsdom
// The add-report dialog marks each candidate's evidence in the text; evidence that overlaps the one before marks what it
// adds (the figure), so every candidate with a figure of its own has a mark to scroll to.
import { render } from '@testing-library/react';
import { expect, it } from 'vitest';
import { HighlightedText } from '../../src/user-data/HighlightedText.tsx';

const TEXT = '全年共调解矛盾纠纷1234件，调解成功率98.5%。其中婚姻家庭纠纷210件。';
const span = (evidence: string, id: string, from = 0) => {
  const start = TEXT.indexOf(evidence, from);
  return { start, end: start + evidence.length, id, active: false };
};

it('marks each evidence, and of an overlapping one what it adds', () => {
  const { container } = render(
    <HighlightedText
      text={TEXT}
      spans={[
        span('全年共调解矛盾纠纷1234件，调解成功率98.5%', 'rate'),
        span('全年共调解矛盾纠纷1234件', 'cases'),
        span('其中婚姻家庭纠纷210件', 'part'),
      ]}
    />,
  );
  const marks = [...container.querySelectorAll('mark')].map((m) => [m.id, m.textContent]);
  expect(marks).toEqual([
    ['cases', '全年共调解矛盾纠纷1234件'],
    ['rate', '，调解成功率98.5%'],
    ['part', '其中婚姻家庭纠纷210件'],
  ]);
  expect(container.textContent).toBe(TEXT);
});

it('evidence wholly inside the one before has no mark of its own, and the text is whole', () => {
  const { container } = render(
    <HighlightedText text={TEXT} spans={[span('全年共调解矛盾纠纷1234件，调解成功率98.5%', 'rate'), span('调解成功率98.5%', 'inner')]} />,
  );
  expect([...container.querySelectorAll('mark')].map((m) => m.id)).toEqual(['rate']);
  expect(container.textContent).toBe(TEXT);
});
