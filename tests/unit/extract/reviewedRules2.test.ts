// Inputs a reviewer of the twelfth session's rules found them wrong on: each a reading the new rules must leave alone.
// Sentences written by the reviewer.
import { figure, figures } from './helpers.ts';

const COUNTY = { year: 2023, region: '341523' };
const CITY = { year: 2023, region: '341500' };
const claims = (text: string, value: number, options = COUNTY) =>
  figures(text, options).filter((c) => c.value === value && c.qualifier !== 'derived');

describe('region totals the new rules must leave alone', () => {
  it.each([
    [
      '舒城县人民政府关于2023年度法治政府建设情况的报告\n舒城县人民政府\n2024年1月20日\n2023年,办理行政应诉案件45件。',
      45,
      COUNTY,
    ],
    [
      '新修订的《中华人民共和国行政复议法》将于2024年1月1日起施行。今年以来,全县共收到行政复议申请86件。',
      86,
      COUNTY,
    ],
    ['舒城县司法局2023年工作总结\n(2024年1月8日)\n今年以来,全县共调解矛盾纠纷1200件。', 1200, COUNTY],
    ['六安市2023年人民调解工作情况\n(2024年1月10日)\n今年1-11月,全市共调解矛盾纠纷2.3万件。', 23000, CITY],
    ['我县行政案件由金安区人民法院集中管辖,全年共发生行政诉讼案件86件。', 86, COUNTY],
    ['全县行政机关共发生一审行政诉讼案件86件(不含集中管辖案件)。', 86, COUNTY],
    ['积极适应行政案件集中管辖改革,行政机关负责人出庭应诉率达到100%。', 100, CITY],
    ['(一)市法律援助中心\n2023年,共受理法律援助案件5632件,其中市本级927件、县区4705件。', 5632, CITY],
    ['全县共排查矛盾纠纷1300件,均第一时间移交调委会,调解成功1280件。', 1280, COUNTY],
    ['2023年,市司法局会同行业主管部门和人民调解组织共调解矛盾纠纷1.2万件。', 12000, CITY],
  ] as const)('%s', (text, value, options) => {
    expect(figure(text, value, options)).toMatchObject({ scope: 'region', year: 2023 });
  });
});

describe('parts the new rules must not claim', () => {
  it('a village part beside a three-level network', () => {
    const text = '全县共调解矛盾纠纷1200件。村调委会依托三级调解网络调解纠纷860件。';
    expect(claims(text, 860).some((c) => c.scope === 'region' && c.metric !== null)).toBe(false);
  });
  it('我处理: one lawyer’s cases', () => {
    expect(figure('援助律师张伟说,今年经我处理的法律援助案件有36件。', 36, COUNTY).scope).toBe(
      'sub_category',
    );
  });
  it('suits about disclosure under a disclosure heading', () => {
    const text =
      '舒城县人民政府2023年政府信息公开工作年度报告\n五、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n本年度,全县行政机关被提起行政诉讼2件。';
    expect(figure(text, 2, COUNTY).scope).not.toBe('region');
  });
});
