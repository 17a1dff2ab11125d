// A court's intake of 行政案件 (every instance, non-litigation reviews too) is not the government's
// first-instance administrative suits (litigation.cases). Sentences are written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023 };
const metricOf = (text: string, value: number): string | null => figure(text, value, Y).metric;

describe('a court’s intake of administrative cases', () => {
  it.each([
    ['2023年,全市法院受理各类行政案件1,486件。', 1486],
    ['全区两级法院新收行政案件2,045件。', 2045],
    ['全县人民法院行政案件收案408件。', 408],
    ['两级法院三年来行政案件收案总数为9,870件。', 9870],
  ] as const)('%s', (text, value) => {
    expect(metricOf(text, value)).toBe('litigation.all_instance_cases');
  });

  it('one court’s intake (市中级人民法院) is a part of the courts’, not the region’s', () => {
    expect(figure('市中级人民法院共受理行政案件312件。', 312, Y).scope).toBe('sub_category');
  });

  it('reads 收案 after a sentence about the court, in its paragraph, as the court’s intake', () => {
    const text = '市人民法院发布2023年行政审判白皮书。2023年共计收案486件,同比下降12%。';
    expect(metricOf(text, 486)).toBe('litigation.all_instance_cases');
  });

  it('keeps a 行政诉讼 part of the court’s intake as the region’s suits', () => {
    const text = '2023年,全市法院受理各类行政案件486件,其中行政诉讼共242件。';
    expect(metricOf(text, 486)).toBe('litigation.all_instance_cases');
    expect(figure(text, 242, Y)).toMatchObject({ metric: 'litigation.cases', scope: 'region' });
  });
});

describe('what stays the government’s administrative suits', () => {
  it.each([
    ['全市法院共受理一审行政案件500件。', 500],
    ['全市行政机关共发生行政应诉案件356件。', 356],
    ['全县行政诉讼案件收案108件。', 108],
    ['全区共办理行政应诉案件120件。', 120],
    ['全市法院新收行政诉讼案件212件。', 212],
  ] as const)('%s', (text, value) => {
    expect(metricOf(text, value)).toBe('litigation.cases');
  });

  it('does not read 收案 as a court’s without a court near it', () => {
    expect(metricOf('全市行政机关行政应诉案件收案356件。', 356)).toBe('litigation.cases');
  });
});
