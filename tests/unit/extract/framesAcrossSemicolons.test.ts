// From set 56 and 55: a breakdown's frame opened before a semicolon holds for the parts after it; the second instance's
// count carries to the clause after it; cases about the elderly (涉老) are one kind. Each sentence written for this file,
// with near misses.
import { claim, figure } from './helpers.ts';

const Y = { year: 2019 };

describe('a frame opened before a semicolon holds for the parts after it', () => {
  const text =
    '2019年,全市各级法院共受理行政诉讼案件377件。从应诉机关来看,原行政机关单独应诉的有120件;复议机关单独应诉的有11件;共同应诉的有246件。';

  it.each([120, 11, 246])('part %d', (value) => {
    expect(figure(text, value, Y).scope).toBe('sub_category');
  });

  it('near miss: the total before the frame is the region’s', () => {
    expect(claim(text, 377, Y)).toEqual(['litigation.cases', 'region']);
  });

  it('near miss: a frame opened after the figure, in a later sentence, is none of its', () => {
    const later = '2019年,全市受理行政诉讼案件377件;败诉率为5.1%。从应诉机关来看,原行政机关单独应诉的有120件。';
    expect(claim(later, 5.1, Y)).toEqual(['litigation.loss_rate', 'region']);
  });

  it('near miss: a full stop ends the frame', () => {
    const stopped =
      '2019年,从应诉机关来看,原行政机关单独应诉的有120件。全市行政机关负责人出庭应诉率为96.5%;败诉率为5.1%。';
    expect(claim(stopped, 5.1, Y)).toEqual(['litigation.loss_rate', 'region']);
  });
});

describe('the second instance’s count carries to the clause after it', () => {
  const text =
    '2022年,全市法院共开庭审理行政案件137件,负责人出庭123件。其中,一审案件开庭95件,出庭82件;二审开庭42件,出庭41件,出庭应诉率97.62%。';

  it.each([41, 97.62])('%d', (value) => {
    const c = figure(text, value, { year: 2022 });
    expect(c.metric !== null && c.scope === 'region').toBe(false);
  });
});

describe('cases about the elderly are one kind', () => {
  it('已办理涉老法律援助94件', () => {
    expect(figure('2023年,全区已办理涉老法律援助94件。', 94, { year: 2023 }).scope).toBe('sub_category');
  });

  it('near miss: all legal aid', () => {
    expect(claim('2023年,全区已办理法律援助案件940件。', 940, { year: 2023 })).toEqual([
      'legal_aid.cases',
      'region',
    ]);
  });
});
