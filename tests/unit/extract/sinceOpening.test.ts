// A count since a body was set up, opened or began to run (成立以来, 建成三个多月来, 创办半年以来, 运行一年来, 揭牌至今) is that
// body's, not the region's year. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '440100' };

it.each([
  ['该调解工作室建成三个多月来,共成功调解纠纷36起。', 36],
  ['“老兵调解室”建成四个多月来,先后成功调解纠纷21起。', 21],
  ['调解小组组建3个月以来,调解纠纷64件。', 64],
  ['红袖标调解队创办6个月以来,共调解矛盾纠纷198起。', 198],
  ['“和事佬”服务站创办半年以来,已调处矛盾纠纷58件。', 58],
  ['矛调中心运行一年来,累计受理各类纠纷1,204件。', 1204],
  ['工作站揭牌至今,共调解纠纷77件,调解成功率98%。', 77],
  ['工作站揭牌至今,共调解纠纷77件,调解成功率98%。', 98],
  ['联合调解室投入使用以来,受理纠纷215起。', 215],
  ['法律援助工作站设立两年来,办理法律援助案件46件。', 46],
])('%s: %d is no claim for the region', (text, value) => {
  expect(claim(text, value, Y)[1]).not.toBe('region');
});

// Near misses: a year since (2024年以来) is the region's span, and a founding that ranks a figure (创成立以来新高) dates
// nothing after it.
it.each([
  ['全市人民调解组织全年共调解纠纷12,560件,创成立以来新高。', 12560],
  ['全市人民调解组织运行平稳,全年调解纠纷8,820件。', 8820],
])('%s: %d stays the region’s', (text, value) => {
  expect(claim(text, value, Y)[1]).toBe('region');
});
