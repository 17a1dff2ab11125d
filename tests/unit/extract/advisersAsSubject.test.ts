// Legal advisers, lawyers, judges or legal service workers acting as a sentence's subject do the mediation of its clauses
// after, and one count of disputes prevented and mediated counts both: neither is a count of people's mediation. The whole region after 为 (为全市群众提供…) is who was served, not who did the work, so it does not
// cut them off the subject. Sentences are written for these tests.
import { claim } from './helpers.ts';

const Y = { year: 2024, region: '440100' };

it.each([
  ['全年,驻村法律顾问已为全市群众提供法律咨询5,200人次,调解矛盾纠纷316起。', 316],
  ['全市律师积极参与信访接待,化解矛盾纠纷210件,成功调解180件。', 210],
  ['全市律师积极参与信访接待,化解矛盾纠纷210件,成功调解180件。', 180],
  ['今年以来,法官共走访群众2,000余户,调解纠纷95起。', 95],
  ['全省基层法律服务工作者深入村居提供法律咨询1.2万人次,调处纠纷860宗。', 860],
  ['广大法律工作者深入村居,调处纠纷860宗。', 860],
  // Disputes prevented and mediated, counted together.
  ['全年有效预防、成功调解矛盾纠纷3,200多起。', 3200],
])('%s: %d is no people’s mediation', (text, value) => {
  expect(claim(text, value, Y)[0]).toBeNull();
});

it.each([
  ['全市实现村(居)法律顾问全覆盖,全年人民调解组织调解纠纷3,200件。', 3200, 'mediation.cases'],
  ['全市人民调解组织为全市群众化解矛盾纠纷3,200件。', 3200, 'mediation.cases'],
  ['全市法律援助机构为全市困难群众办理法律援助案件1,800件。', 1800, 'legal_aid.cases'],
] as const)('%s: %d stays the region’s', (text, value, metric) => {
  expect(claim(text, value, Y)).toEqual([metric, 'region']);
});
