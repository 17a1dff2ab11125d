// namesACategory on its own: does a figure count one kind of case, one level of committees or one campaign rather
// than all of them? Phrases written for this test.
import { namesACategory } from '../../../src/extract/category.ts';
import { figures } from './helpers.ts';

const brief = (text: string) => figures(text, { year: 2023 }).map((c) => [c.value, c.metric, c.scope]);

describe('namesACategory', () => {
  it('a kind named before the head noun makes a part, unless the words after it gather every kind', () => {
    expect(namesACategory('调解婚姻家庭纠纷', '调解婚姻家庭纠纷', '调解婚姻家庭纠纷')).toBe(true);
    expect(namesACategory('调解婚姻家庭、邻里等各类纠纷', '', '')).toBe(false);
    // A gathering word before the kind gathers nothing: 各类矛盾纠纷中 then one kind.
    expect(namesACategory('各类矛盾纠纷中婚姻家庭纠纷', '', '')).toBe(true);
    expect(namesACategory('受理民事法律援助案件', '', '')).toBe(true);
    expect(namesACategory('受理民事、刑事等各类法律援助案件', '', '')).toBe(false);
  });

  it('a clause without its own object counts the kind its subject names last', () => {
    const subject = '调处涉疫矛盾纠纷568件调解成功';
    expect(namesACategory('调解成功', '调解成功', subject)).toBe(true);
    expect(namesACategory('调解成功案件', '调解成功案件', subject)).toBe(false);
    // Only the subject's last 48 characters are read: a kind named further back is another clause's.
    const far = `调处涉疫矛盾纠纷,${'全面落实矛盾纠纷排查化解机制,推动工作重心下移,'.repeat(2)}调解成功`;
    expect(far.length).toBeGreaterThan(48);
    expect(namesACategory('调解成功', '调解成功', far)).toBe(false);
  });
});

describe('an item of a list of kinds', () => {
  it('without its own object shares the list’s kind; with its own object it is read on its own', () => {
    // 刑事、民事法律援助案件分别为…: 民事 has no object of its own, so it is a kind like 刑事.
    expect(namesACategory('民事', '刑事、民事', '刑事、民事', '刑事、')).toBe(true);
    // An item naming its own object (法律援助案件) is not made a kind by the list before it.
    expect(namesACategory('法律援助案件', '刑事、法律援助案件', '刑事、法律援助案件', '刑事、')).toBe(false);
    // … even when the list names a kind (刑事法律援助案件、法律援助案件总数分别为…: the second is the total).
    const list = '刑事法律援助案件、法律援助案件总数';
    expect(namesACategory('法律援助案件总数为', '法律援助案件总数为', `${list}为`, list)).toBe(false);
    expect(
      namesACategory(
        '涉企行政复议案件为',
        '涉企行政复议案件为',
        '涉企行政复议案件为',
        '涉企行政复议案件、行政复议案件',
      ),
    ).toBe(true);
  });

  it('in a whole sentence: the item with its own object is the total, the other the kind', () => {
    expect(brief('全年受理涉企行政复议案件、行政复议案件分别为45件、260件。')).toEqual([
      [45, null, 'sub_category'],
      [260, 'review.cases', 'region'],
    ]);
    expect(brief('全年办理刑事法律援助案件、法律援助案件总数分别为120件、300件。')).toEqual([
      [120, null, 'sub_category'],
      [300, 'legal_aid.cases', 'region'],
    ]);
  });
});
