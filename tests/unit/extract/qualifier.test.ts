import { figure } from './helpers.ts';

describe('qualifiers', () => {
  it.each([
    ['调解案件6万余件。', 60000, 'lower_bound'],
    ['办理案件3300多宗。', 3300, 'lower_bound'],
    ['线上处理纠纷逾1.5万宗。', 15000, 'lower_bound'],
    ['服务群众超2万人次。', 20000, 'lower_bound'],
    ['服务群众超过2万人次。', 20000, 'lower_bound'],
    ['成功率保持在95%以上。', 95, 'lower_bound'],
    ['覆盖群众不少于5000人。', 5000, 'lower_bound'],
    ['累计调处案件近5.9万宗。', 59000, 'approx'],
    ['涉及资产约96.17亿元。', 9617000000, 'approx'],
    ['每年受理500件左右。', 500, 'approx'],
    ['办理时间缩短至不到3天。', 3, 'approx'],
    ['办理行政复议案件2056件。', 2056, 'exact'],
    ['受理案件多达1200件。', 1200, 'exact'],
    ['约有3000余人参加。', 3000, 'lower_bound'],
  ] as const)('%s → %s', (text, value, qualifier) => {
    expect(figure(text, value).qualifier).toBe(qualifier);
  });
});
