// The levels' committees named with the trades' in one clause (全区镇(街道)、村(社区)人民调解委员会和交通、医疗等8个行业性
// 专业性调委会, 22个乡镇(街道)调解组织和县级专业调委会) are all of the region's committees. Sentences written for this test.
import { figure } from './helpers.ts';

const DISTRICT = { year: 2018, region: '440607' };

describe('the levels’ and the trades’ committees together are every committee', () => {
  it.each([
    [
      '2018年,全区镇(街道)、村(社区)人民调解委员会和交通、医疗、劳动争议等8个行业性专业性调委会共调解纠纷4,512宗。',
      4512,
    ],
    ['去年全区22个乡镇(街道)调解组织和县级专业调委会共调处纠纷9,874件。', 9874],
    ['全区乡镇调解组织和专业调委会共调处纠纷9,874件。', 9874],
  ])('%s', (text, value) => {
    expect(figure(text, value, DISTRICT)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
  it('near miss: the trades’ committees in a clause of their own are a part', () => {
    const text = '全区加强村(社区)调委会和行业性专业性调委会建设,行业性专业性调委会调解纠纷1,387宗。';
    expect(figure(text, 1387, DISTRICT).scope).toBe('sub_category');
  });
  it('near miss: the townships’ committees alone are one level', () => {
    const text = '2018年,乡镇调解组织共调处纠纷3,020件。';
    expect(figure(text, 3020, DISTRICT).scope).toBe('sub_category');
  });
});
