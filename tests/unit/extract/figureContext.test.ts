// figureContext on its own: how the sentence around each figure is cut into the words the metric rules read
// (local, clause, following, earlier, subject, previous) and the spans evidence and period use. Sentences written
// for this test; every offset counted by hand.
import { figureContext } from '../../../src/extract/figureContext.ts';
import { contextsOf } from './helpers.ts';

describe('figureContext', () => {
  it('gives null for a figure that is not there', () => {
    const norm = '全年受理行政复议申请120件。';
    expect(figureContext(norm, [], 0)).toBeNull();
    expect(contextsOf(norm)).toHaveLength(1);
  });

  it('a first figure: its clause before it, and nothing earlier or previous', () => {
    const [received, concluded, corrected] = contextsOf('全年共受理行政复议申请120件,审结110件,纠错12件。');
    expect(received).toEqual({
      text: {
        unit: 'count',
        counter: '件',
        local: '全年共受理行政复议申请',
        clause: '全年共受理行政复议申请',
        following: '',
        earlier: '',
        subject: '全年共受理行政复议申请',
        previous: '',
      },
      sentence: { start: 0, end: 28 },
      clause: { start: 0, end: 15 },
      localStart: 0,
      paragraphStart: 0,
      bodyAbove: '',
      followingEnd: 15,
      evidenceStarts: [0],
    });
    // Later clauses: the subject gathers each earlier clause up to its figure; evidence may start at any clause.
    expect(concluded?.text).toMatchObject({
      local: '审结',
      earlier: '全年共受理行政复议申请120件,',
      subject: '全年共受理行政复议申请,审结',
    });
    expect(concluded?.evidenceStarts).toEqual([16, 0]);
    expect(corrected?.text).toMatchObject({
      local: '纠错',
      earlier: '全年共受理行政复议申请120件,审结110件,',
      subject: '全年共受理行政复议申请,审结,纠错',
    });
    expect(corrected?.evidenceStarts).toEqual([23, 16, 0]);
  });

  it('two figures in one clause: the second reads only the words after the first', () => {
    const [cases, amount, rate] = contextsOf('共办结调解案件850件涉及金额1200万元,当事人满意率达98%。');
    expect(cases?.text.following).toBe('涉及金额');
    expect(cases?.followingEnd).toBe(15);
    expect(amount).toMatchObject({
      text: {
        unit: 'yuan',
        counter: '元',
        local: '涉及金额',
        clause: '共办结调解案件850件涉及金额',
        following: '',
        earlier: '共办结调解案件850件',
        subject: '涉及金额',
      },
      clause: { start: 0, end: 21 },
      localStart: 11,
      followingEnd: 21,
      evidenceStarts: [0],
    });
    expect(rate?.text).toMatchObject({ local: '当事人满意率达', subject: '共办结调解案件,当事人满意率达' });
  });

  it('figures written back to back (a flattened table row) share no words', () => {
    const [cases, persons] = contextsOf('办理法律援助案件120件5000余人次');
    expect(cases?.text.following).toBe('');
    expect(cases?.followingEnd).toBe(12);
    expect(persons).toMatchObject({
      text: { local: '', clause: '办理法律援助案件120件', earlier: '办理法律援助案件120件', subject: '' },
      localStart: 12,
    });
  });

  it('the words after a figure stop at the clause end, at the next figure, or after 20 characters', () => {
    const [disputes, rate] = contextsOf(
      '全市调解纠纷1200件涉及婚姻家庭邻里土地山林宅基地拆迁征收等各类矛盾纠纷,成功率98%。',
    );
    expect(disputes?.text.following).toBe('涉及婚姻家庭邻里土地山林宅基地拆迁征收等');
    expect(disputes?.followingEnd).toBe(31);
    expect(disputes?.clause).toEqual({ start: 0, end: 37 });
    expect(rate?.text.following).toBe('');

    const [towns] = contextsOf('9个乡镇全部成立人民调解委员会,调解纠纷320件。');
    expect(towns?.text.following).toBe('乡镇全部成立人民调解委员会');
  });

  it('an earlier clause gives its words up to its first figure, not what is said about that figure', () => {
    const [, involving, concluded] = contextsOf('共受理行政复议申请120件涉及企业案件30件,审结110件。');
    expect(involving?.text.subject).toBe('涉及企业案件');
    expect(concluded?.text.subject).toBe('共受理行政复议申请,审结');
  });

  it('a clause that opens with its figure gives nothing to the subject', () => {
    const [, disputes] = contextsOf('9个乡镇全部成立人民调解委员会,调解纠纷320件。');
    expect(disputes?.text).toMatchObject({
      local: '调解纠纷',
      earlier: '9个乡镇全部成立人民调解委员会,',
      subject: '调解纠纷',
    });
    const [, towns, trained] = contextsOf('全县调解纠纷320件,9个乡镇全部成立调委会,培训调解员150人次。');
    expect(towns?.text).toMatchObject({
      local: '',
      clause: '',
      following: '乡镇全部成立调委会',
      subject: '全县调解纠纷,',
    });
    expect(trained?.text.subject).toBe('全县调解纠纷,培训调解员');
    expect(trained?.evidenceStarts).toEqual([23, 11, 0]);
  });

  it('a clause without a figure keeps all its words, commas included', () => {
    const [, corrected] = contextsOf('全年受理行政复议申请120件,经审理,纠错12件。');
    expect(corrected?.text.subject).toBe('全年受理行政复议申请,经审理,纠错');
    expect(corrected?.evidenceStarts).toEqual([19, 15, 0]);
  });

  it('in a 分别 list the list item stands for the words before the figure', () => {
    const [received, concluded] = contextsOf('受理和审结行政复议案件分别为120件、110件。');
    expect(received).toMatchObject({
      text: {
        local: '受理为',
        clause: '受理为',
        following: '',
        earlier: '受理和审结行政复议案件',
        subject: '受理为',
      },
      evidenceStarts: [0, 0],
    });
    expect(concluded).toMatchObject({
      text: {
        local: '审结行政复议案件为',
        clause: '审结行政复议案件为',
        following: '',
        earlier: '受理和审结行政复议案件',
        subject: '受理和审结行政复议案件分别为,审结行政复议案件为',
      },
      clause: { start: 19, end: 23 },
      evidenceStarts: [0, 19, 0],
    });
    // The list is the words before 分别 in its own sentence, not the text before it.
    const [, accepted] = contextsOf('调解婚姻家庭纠纷300件。全年受理、办结法律援助案件分别为120件、110件。');
    expect(accepted?.text.list).toBe('全年受理、办结法律援助案件');
    // The words between two listed figures (和) belong to neither.
    const [legalAid, mediation] = contextsOf('法律援助机构、人民调解组织分别受理案件3000件和5000件。');
    expect(legalAid?.text).toMatchObject({ local: '法律援助机构受理案件', following: '' });
    expect(legalAid?.followingEnd).toBe(25);
    expect(mediation?.text).toMatchObject({
      local: '人民调解组织受理案件',
      earlier: '法律援助机构、人民调解组织',
    });
    expect(mediation?.evidenceStarts).toEqual([0, 7, 0]);
  });

  it('the paragraph before the sentence is `previous`; a line break starts afresh', () => {
    const [cases, persons] = contextsOf(
      '法治建设取得新成效。\n全年办理法律援助案件300件。受援群众达450人次。',
    );
    expect(cases).toMatchObject({
      text: { local: '全年办理法律援助案件', previous: '' },
      sentence: { start: 11, end: 25 },
      paragraphStart: 10,
    });
    expect(persons).toMatchObject({
      text: { local: '受援群众达', earlier: '', previous: '全年办理法律援助案件300件' },
      sentence: { start: 26, end: 36 },
      paragraphStart: 11,
    });
    const [, third] = contextsOf('复议工作稳步推进。全年受理复议申请80件。纠错8件。');
    expect(third).toMatchObject({
      text: { local: '纠错', previous: '复议工作稳步推进。全年受理复议申请80件' },
      paragraphStart: 0,
    });
  });
});
