// Tables copied out of pages and PDFs as lines of cells, each written for this test: each row is read as the sentence a
// report would write, with its evidence cut verbatim from the row.
import { tablesAsSentences } from '../../../src/extract/tableRows.ts';
import { claim, figure, figures } from './helpers.ts';

const INDICATORS =
  '表5 2022年司法行政主要指标\n指标\t单位\t数量\t比上年增长(%)\n人民调解组织调解纠纷\t件\t48210\t-2.1\n办理法律援助案件\t万件\t1.27\t6.4\n新收行政复议案件\t件\t1290\t12.0\n';

describe('a table of indicators with a unit column and a change column', () => {
  it.each([
    [48210, ['mediation.cases', 'region'], '人民调解组织调解纠纷\t件\t48210'],
    [12700, ['legal_aid.cases', 'region'], '办理法律援助案件\t万件\t1.27'],
    [1290, ['review.cases', 'region'], '新收行政复议案件\t件\t1290'],
  ])('%d', (value, expected, evidence) => {
    expect(claim(INDICATORS, value, { year: 2022 })).toEqual(expected);
    expect(figure(INDICATORS, value, { year: 2022 }).evidence).toBe(evidence);
  });
  it('the change column is each row’s change, a fall when negative', () => {
    const change = figures(INDICATORS, { year: 2022 }).find((c) => c.scope === 'change' && c.value === -2.1);
    expect(change?.metric).toBe('mediation.cases');
  });
});

describe('a table of rows with units in brackets, signed changes and points', () => {
  const table =
    '项目 数量 同比\n法律援助案件（件） 2716 +3.3%\n行政机关负责人出庭应诉率（%） 97.2 +1.5个百分点\n';
  it('reads the count and the rate', () => {
    expect(claim(table, 2716, { year: 2021 })).toEqual(['legal_aid.cases', 'region']);
    expect(claim(table, 97.2, { year: 2021 })).toEqual(['litigation.head_appearance_rate', 'region']);
  });
  it('reads the changes as changes', () => {
    expect(claim(table, 3.3, { year: 2021 })).toEqual(['legal_aid.cases', 'change']);
    expect(claim(table, 1.5, { year: 2021 })[1]).toBe('change');
  });
});

describe('a table of the places below, with the total row', () => {
  const table =
    '南昌市2023年人民调解工作统计\n县（区） 调解纠纷（件）\n东湖区 2104\n西湖区 1877\n全市合计 15230\n';
  it('a place’s row is its part, the total row the region’s', () => {
    expect(claim(table, 2104, { year: 2023, region: '360100' })).toEqual(['mediation.cases', 'sub_category']);
    expect(claim(table, 15230, { year: 2023, region: '360100' })).toEqual(['mediation.cases', 'region']);
  });
});

describe('a table of years', () => {
  const table =
    '年度 法律援助案件（件） 挽回经济损失（万元）\n2021年 3120 2650\n2022年 3388 2890\n2023年 3502 3104\n';
  it('the report’s year is the region’s, earlier years prior years', () => {
    expect(claim(table, 3502, { year: 2023 })).toEqual(['legal_aid.cases', 'region']);
    expect(claim(table, 3388, { year: 2023 })).toEqual(['legal_aid.cases', 'prior_year']);
    expect(figure(table, 3388, { year: 2023 }).year).toBe(2022);
    expect(claim(table, 31_040_000, { year: 2023 })).toEqual(['legal_aid.recovered', 'region']);
  });
});

describe('a table whose columns are spans of the year', () => {
  const table = '项目\t第一季度\t1-6月累计\n人民调解案件(件)\t2210\t4873\n法律援助案件(件)\t390\t812\n';
  it('the year to date is the region’s so far, a quarter after the first months a part', () => {
    expect(claim(table, 4873, { year: 2024 })).toEqual(['mediation.cases', 'region']);
    expect(claim(table, 812, { year: 2024 })).toEqual(['legal_aid.cases', 'region']);
  });
});

describe('near misses: what is no table is read as before', () => {
  it('a sentence with spaces in it', () => {
    expect(tablesAsSentences('2023年 全县 共调解纠纷 1,220件,调解成功率 98%。')).toBeNull();
    expect(claim('2023年 全县 共调解纠纷 1,220件,调解成功率 98%。', 1220)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
  it('numbers under no header', () => {
    expect(tablesAsSentences('2019 2020 2021\n120 130 140\n')).toBeNull();
  });
  it('rows with other cells than the header has', () => {
    expect(tablesAsSentences('项目 数量 同比\n法律援助案件 2716\n调解纠纷 1200 3.1% 5\n')).toBeNull();
  });
  it('a disclosure table of several header lines is left as it is', () => {
    const text =
      '行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n3 1 0 2 6 1 0 0 1 2\n本年度因政府信息公开被申请行政复议6件。';
    expect(tablesAsSentences(text)).toBeNull();
  });
});

describe('the rewritten text maps back to the page', () => {
  it('every digit stands where it stood', () => {
    const text = '项目 数量\n法律援助案件（件） 2716\n调解纠纷（件） 1300\n';
    const out = tablesAsSentences(text);
    expect(out).not.toBeNull();
    if (out === null) return;
    expect(out.text).toContain('法律援助案件2716件。');
    for (let i = 0; i < out.text.length; i++)
      if (/\d/.test(out.text[i] ?? '')) expect(text[out.pos[i] ?? -1]).toBe(out.text[i]);
  });
});

describe('a change column whose header says what it counts', () => {
  const table =
    '项目 数量 比上年增减(件)\n法律援助案件(件) 3,240 +420\n人民调解纠纷(件) 12,600 -380\n指标 2023年 比上年增减(个百分点)\n调解成功率(%) 98.1 -0.4\n';
  it('a count of cases: no percent, and the prior-year count follows', () => {
    const c = figures(table, { year: 2023 }).find(
      (x) => x.scope === 'change' && x.metric === 'legal_aid.cases',
    );
    expect(c?.value).toBe(420);
    const prior = figures(table, { year: 2023 }).find(
      (x) => x.scope === 'prior_year' && x.metric === 'legal_aid.cases',
    );
    expect(prior?.value).toBe(2820);
  });
  it('points of a rate', () => {
    expect(tablesAsSentences(table)?.text).toContain('比上年下降0.4个百分点');
    expect(tablesAsSentences(table)?.text).toContain('比上年减少380件');
  });
});
