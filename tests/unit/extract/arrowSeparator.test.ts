// ▶ between the items of a line parts them as a comma does. Lines written for the test.
import { figure } from './helpers.ts';

describe('items of a line parted by ▶', () => {
  const text =
    '【人民调解】\n全省人民调解组织调解纠纷48.3万件 ▶ 调解成功率98.2%\n【法律援助】\n办理法律援助案件12.6万件 ▶ 受援人13.9万人次\n';
  it('the count before ▶ is what its own words count', () => {
    expect(figure(text, 483000, { year: 2024, region: '440000' }).metric).toBe('mediation.cases');
    expect(figure(text, 126000, { year: 2024, region: '440000' }).evidence).toBe('办理法律援助案件12.6万件');
  });
  it('the rate after it is read', () => {
    expect(figure(text, 98.2, { year: 2024, region: '440000' }).metric).toBe('mediation.success_rate');
  });
});

describe('No.1, No.2 open the items of a list', () => {
  const text =
    '2023年湖南司法行政亮点数据\nNo.1 复议:全省各级行政复议机关收案1.61万件,其中涉企案件2,380件\nNo.2 调解:全省人民调解组织化解矛盾纠纷41.5万件,调解成功率98.4%\n';
  it('an item is not read as a part of the one before', () => {
    expect(figure(text, 415000, { year: 2023, region: '430000' }).scope).toBe('region');
    expect(figure(text, 98.4, { year: 2023, region: '430000' }).metric).toBe('mediation.success_rate');
  });
  it('near miss: No. with a long number is no marker', () => {
    expect(
      figure('文号No.20230156\n全省人民调解组织化解矛盾纠纷41.5万件。', 415000, { year: 2023 }).scope,
    ).toBe('region');
  });
});

describe('a check mark or a pin opens an item as a bullet does', () => {
  // Posts mark each line of a year's list with ✅, ✔ or 📌: no item runs on into the next one.
  for (const mark of ['✅', '✔', '📌', '●']) {
    const text = `海宁市司法局2024年工作回顾\n${mark} 法援:市法律援助中心办理案件936件,为群众挽回经济损失1,204万元\n${mark} 诉调:市法院诉前调解纠纷2,117件\n`;
    it(`${mark}: the item's evidence ends at its own line`, () => {
      const f = figure(text, 12040000, { year: 2024, region: '330481' });
      expect(f.metric).toBe('legal_aid.recovered');
      expect(f.evidence).not.toContain('诉调');
    });
  }
});
