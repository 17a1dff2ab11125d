// Five readings from a set of county texts, each with sentences written for it: the mediators named as a 化解 clause's own
// subject after others' screening; a span since the region's change of status (撤县设市以来); a share named as its own rate
// word after another rate; a target sentence whose striver is the writing body (县司法局将力争); a share of disputes (占比)
// that is no success rate.
import { figure } from './helpers.ts';

const CITY = { year: 2024, region: '520581' };

describe('the mediators as a 化解 clause’s own subject count what they took on', () => {
  it('after grid workers’ screening', () => {
    const text = '全市3,100余名网格员排查矛盾纠纷1.2万余件,各级人民调解组织化解纠纷6,871件。';
    expect(figure(text, 6871, CITY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
  it('near miss: 化解 after the same body’s screening is the part resolved', () => {
    const text = '全市人民调解组织共排查矛盾纠纷1.3万件,化解1.2万件。';
    expect(figure(text, 12000, CITY).metric).toBe('mediation.resolved');
  });
});

describe('a span since the region’s change of status', () => {
  it('撤县设市以来,…累计… is a sum, within its sentence only', () => {
    const text = '撤县设市以来,全市累计办理法律援助案件5,600余件。全市调解纠纷3,200件。';
    expect(figure(text, 5600, CITY).scope).toBe('cumulative');
    expect(figure(text, 3200, CITY)).toMatchObject({ metric: 'mediation.cases', scope: 'region' });
  });
  it('near miss: the year’s count of a sentence without such a span is the region’s', () => {
    const text = '全市累计办理法律援助案件1,326件。';
    expect(figure(text, 1326, CITY).scope).toBe('region');
  });
});

describe('a share named as its own rate word is no point of the rate before it', () => {
  it('案件占比由上年的38%降至29%, after an appearance rate', () => {
    const text = '全市行政机关负责人出庭应诉率保持100%。各镇(街道)作为被告的案件占比由上年的38%降至29%。';
    expect(figure(text, 100, CITY).metric).toBe('litigation.head_appearance_rate');
    expect(figure(text, 38, CITY).metric).toBeNull();
    expect(figure(text, 29, CITY).metric).toBeNull();
  });
  it('near miss: the same rate compared (较上年的85.1%) keeps it', () => {
    const text = '全市行政机关负责人出庭应诉率为92.5%,较上年的85.1%提高7.4个百分点。';
    expect(figure(text, 85.1, CITY)).toMatchObject({
      metric: 'litigation.head_appearance_rate',
      scope: 'prior_year',
    });
  });
});

describe('a target sentence whose striver is the writing body', () => {
  it('2017年,县司法局将力争…,法律援助案件突破1,200件', () => {
    const text = '2017年,县司法局将力争调解成功率保持在98%以上,法律援助案件突破1,200件。';
    expect(figure(text, 1200, { year: 2016, region: '341222' }).metric).toBeNull();
  });
  it('near miss: funds the body secured are what was done', () => {
    const text = '2016年,县司法局争取专项资金120万元,办理法律援助案件1,152件。';
    expect(figure(text, 1152, { year: 2016, region: '341222' })).toMatchObject({ metric: 'legal_aid.cases' });
  });
});

describe('a share of disputes is no success rate', () => {
  it('镇村两级调解力量化解的纠纷占比达到七成以上', () => {
    const text = '今年以来各级人民调解组织共调处纠纷2,936件,镇村两级调解力量化解的纠纷占比达到七成以上。';
    expect(figure(text, 70, { year: 2023, region: '350782' }).metric).toBeNull();
  });
  it('near miss: 调解成功率 is the success rate', () => {
    const text = '今年以来各级人民调解组织共调处纠纷2,936件,调解成功率达到98.2%。';
    expect(figure(text, 98.2, { year: 2023, region: '350782' }).metric).toBe('mediation.success_rate');
  });
});
