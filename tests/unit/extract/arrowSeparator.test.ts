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
