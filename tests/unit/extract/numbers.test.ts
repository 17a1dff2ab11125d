// How figures are read: multipliers, separators, full-width forms, Chinese numerals, units.
import { figure, values } from './helpers.ts';

describe('number forms', () => {
  it.each([
    ['线上办理案件4.32万件。', 43200, 'count'],
    ['挽回经济损失1.1亿元。', 110000000, 'yuan'],
    ['涉及金额407.06亿元。', 40706000000, 'yuan'],
    ['全年受理案件12,345件。', 12345, 'count'],
    ['全年受理案件12 345件。', 12345, 'count'],
    ['全年受理案件1 234 567件。', 1234567, 'count'],
    ['全年受理案件１２，３４５件。', 12345, 'count'],
    ['全年受理案件４．３２万件。', 43200, 'count'],
    ['调解成功率９８．２％。', 98.2, 'percent'],
    ['调解成功率98.2 %。', 98.2, 'percent'],
    ['补贴资金3500万元。', 35000000, 'yuan'],
    ['培训执法人员2.5万人次。', 25000, 'person_times'],
    ['参训干部1200人。', 1200, 'people'],
    ['选派律师21名。', 21, 'people'],
    ['初审时限压缩至3个工作日。', 3, 'days'],
    ['平均办理时间缩短6天。', 6, 'days'],
    ['公益服务时长达80万小时。', 800000, 'hours'],
    ['开展宣传活动550场次。', 550, 'count'],
    ['审查文件157份。', 157, 'count'],
  ] as const)('%s', (text, value, unit) => {
    expect(figure(text, value).unit).toBe(unit);
  });

  it.each([
    ['发放宣传材料一万份。', 10000, 'count'],
    ['发放宣传材料两千余份。', 2000, 'count'],
    ['共办理案件十二件。', 12, 'count'],
    ['调解成功率超过九成。', 90, 'percent'],
    ['近三成纠纷在村一级化解。', 30, 'percent'],
    ['案件办结率达百分之九十五。', 95, 'percent'],
    ['组织近千名执法人员参加考试。', 1000, 'people'],
    ['服务企业逾千家。', 1000, 'count'],
    ['受教育群众两万余人。', 20000, 'people'],
    ['完成四期律师培训。', 4, 'count'],
    ['召开两次专题会议。', 2, 'count'],
  ] as const)('Chinese numerals: %s', (text, value, unit) => {
    expect(figure(text, value).unit).toBe(unit);
  });

  it('keeps the base unit of mixed multipliers and qualifiers', () => {
    expect(figure('为农民工讨回欠薪1300余万元。', 13000000).qualifier).toBe('lower_bound');
    expect(figure('排查纠纷44.7万余次。', 447000).qualifier).toBe('lower_bound');
    expect(figure('提供咨询2万多人次。', 20000).unit).toBe('person_times');
  });

  it('reads every figure of a sentence in order', () => {
    expect(values('受理3,456件,办结3,401件,办结率98.4%,涉及金额2.3亿元。')).toEqual([
      3456, 3401, 98.4, 230000000,
    ]);
  });

  it('does not take numbers without a counter word', () => {
    expect(values('行政许可1513,编号12348,代码A12。')).toEqual([]);
  });
});
