import { figure } from './helpers.ts';

const COUNTY = { year: 2022, region: '411722' };

// A yearly report on information disclosure counts the reviews and suits about disclosure; a sentence of it that names
// the whole region's totals gives them. Sentences written for this test.
describe('a disclosure report’s sentence of the whole region’s totals', () => {
  const REPORT = '上蔡县2022年政府信息公开工作年度报告\n';
  it('全县行政机关…: the county’s suits, not disclosure’s', () => {
    const text = `${REPORT}2022年,全县行政机关一审应诉案件87件,行政机关负责人出庭应诉率100%。`;
    expect(figure(text, 87, COUNTY)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
  it('near miss: the whole region’s suits about disclosure are disclosure’s', () => {
    const text = `${REPORT}2022年,全县因政府信息公开被申请行政复议5件、被提起行政诉讼3件。`;
    expect(figure(text, 3, COUNTY).scope).not.toBe('region');
  });
  it('near miss: a disclosure table’s total is disclosure’s', () => {
    const text = `${REPORT}四、政府信息公开行政复议、行政诉讼情况\n行政诉讼总计7件。`;
    expect(figure(text, 7, COUNTY).scope).not.toBe('region');
  });
});
