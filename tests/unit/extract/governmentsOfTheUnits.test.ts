// The governments of the units below, together (全市18个县(市、区)政府共收到…), and the departments of the government's own
// level in court (省直部门行政诉讼败诉率…) are parts of the region's count. Sentences written for this test.
import { figure } from './helpers.ts';

const CITY = { year: 2021, region: '360700' };
const PROVINCE = { year: 2023, region: '330000' };

describe('the governments of the units below, together, are their part', () => {
  it.each([
    [
      '2021年,市政府作为复议机关共收到行政复议申请503件。全市18个县(市、区)政府共收到行政复议申请2,116件。',
      2116,
    ],
    ['市政府作为行政复议机关全年新收行政复议案件1,590件,6个县(市、区)政府共新收行政复议案件2,214件。', 2214],
    ['全市11个县市区人民政府共收到行政复议申请1,302件。', 1302],
  ])('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });
  it('near miss: every level together is the region’s', () => {
    const text = '全市各级行政复议机关共收到行政复议申请2,619件。';
    expect(figure(text, 2619, CITY)).toMatchObject({ metric: 'review.cases', scope: 'region' });
  });
  it('near miss: on a county’s page the county government is its only review body', () => {
    const text = '2023年,县政府共收到行政复议申请88件。';
    expect(figure(text, 88, { year: 2023, region: '360731' })).toMatchObject({ scope: 'region' });
  });
});

describe('the departments of the government’s own level, in court, are a part', () => {
  it('省直部门行政诉讼败诉率', () => {
    const text = '全省行政机关负责人出庭应诉率为99.6%。省直部门行政诉讼败诉率为2.8%。';
    expect(figure(text, 99.6, PROVINCE).scope).toBe('region');
    expect(figure(text, 2.8, PROVINCE)).toMatchObject({
      metric: 'litigation.loss_rate',
      scope: 'sub_category',
    });
  });
  it('near miss: the agencies of every level are the region’s', () => {
    const text = '全省各级行政机关行政诉讼败诉率为5.1%。';
    expect(figure(text, 5.1, PROVINCE)).toMatchObject({ metric: 'litigation.loss_rate', scope: 'region' });
  });
});
