// topicOf on its own: which words around a figure decide what it is about, and in which order. Phrases written
// for this test.
import { topicOf } from '../../../src/extract/topics.ts';

describe('topicOf', () => {
  it('reads the figure’s own clause first, its nearest word (the last one) deciding', () => {
    expect(topicOf('全年办理法律援助案件', '', '')).toBe('legal_aid');
    expect(topicOf('人民调解员参与行政复议', '', '')).toBe('review');
    expect(topicOf('行政复议机关组织人民调解', '', '')).toBe('mediation');
    expect(topicOf('开展普法宣传活动', '次,覆盖律师事务所', '受理法律援助案件300件,')).toBe('publicity');
  });

  it('then the words after the figure, their first word deciding', () => {
    expect(topicOf('共办理', '件法律援助案件和行政复议', '')).toBe('legal_aid');
    expect(topicOf('全年', '起行政复议案件及法律援助', '全市人民调解组织')).toBe('review');
  });

  it('then the sentence before the clause, its last word deciding', () => {
    expect(topicOf('办结', '', '受理法律援助申请300件,行政复议申请50件,')).toBe('review');
    expect(topicOf('办结', '', '行政复议申请50件,受理法律援助申请300件,')).toBe('legal_aid');
  });

  it('a strong word anywhere in the sentence beats a weak word nearer the figure', () => {
    expect(topicOf('纠纷', '', '法律援助中心')).toBe('legal_aid');
    expect(topicOf('调解', '件', '')).toBe('mediation');
    expect(topicOf('和解', '', '')).toBe('review');
    expect(topicOf('纠错', '件,调解', '行政复议')).toBe('review');
    // Weak words, too, are read clause first, then after, then before.
    expect(topicOf('纠错', '件,调解', '')).toBe('review');
    expect(topicOf('办结', '件纠纷和解', '')).toBe('mediation');
    expect(topicOf('办结', '', '纠错后和解的纠纷')).toBe('mediation');
  });

  it('the paragraph before carries its strong word, before the sentence’s weak words', () => {
    expect(topicOf('受理', '', '', '区政府共收到行政复议申请1113件')).toBe('review');
    expect(topicOf('调解', '', '', '受理法律援助申请300件,行政复议申请50件')).toBe('review');
    // A strong word of the sentence itself wins over the paragraph's.
    expect(topicOf('调解纠纷', '', '', '区政府共收到行政复议申请1113件')).toBe('mediation');
    // The paragraph's weak words carry nothing.
    expect(topicOf('受理', '', '', '纠错和解')).toBeNull();
    expect(topicOf('调解', '', '', '纠错和解')).toBe('mediation');
  });

  it('nothing to say is null', () => {
    expect(topicOf('', '', '')).toBeNull();
    expect(topicOf('全年共受理', '件', '各项工作稳步推进,')).toBeNull();
  });

  it('keeps no state between calls (its patterns are shared)', () => {
    // The words after a figure are read from their first word on, which leaves the pattern midway.
    expect(topicOf('', '件行政复议案件', '')).toBe('review');
    expect(topicOf('法援', '', '')).toBe('legal_aid');
    expect(topicOf('', '件法律援助案件', '')).toBe('legal_aid');
    expect(topicOf('', '件调解', '')).toBe('mediation');
  });

  it('a longer word wins over the shorter word inside it', () => {
    // 行政调解 is not people's mediation; 行政争议调解 neither; 复议 inside 行政复议 is review either way.
    expect(topicOf('开展行政调解', '', '')).toBe('other');
    expect(topicOf('行政争议调解中心受理', '', '')).toBe('other');
    expect(topicOf('诉前调解', '', '')).toBe('other');
  });
});
