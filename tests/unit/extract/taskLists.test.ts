// A task list (工作要点, 任务分解, 民生实事 lists) names each task's figure, then the bodies that answer for it on the line
// after (责任单位:…, 牵头单位:…, 完成时限:…): the figure is a task set, not work done. Sentences written for these tests.
import { figure } from './helpers.ts';

const CITY = { year: 2015, region: '410184' };

it.each([
  [
    '二、为全市群众办理法律援助案件550件,提供法律援助咨询1200人次以上。\n责任单位:法律援助中心\n',
    550,
    'legal_aid.cases',
  ],
  [
    '3.全年调解矛盾纠纷1.2万件,调解成功率98%以上。\n牵头单位:县司法局;配合单位:各乡镇\n',
    12000,
    'mediation.cases',
  ],
  [
    '3.全年调解矛盾纠纷1.2万件,调解成功率98%以上。\n牵头单位:县司法局;配合单位:各乡镇\n',
    98,
    'mediation.success_rate',
  ],
  [
    '(一)行政机关负责人出庭应诉率达到100%。\n责任部门:各县区政府\n完成时限:12月底\n',
    100,
    'litigation.head_appearance_rate',
  ],
  ['(五)受理行政复议案件300件以上。\n完成时限:2015年12月\n', 300, 'review.cases'],
])('%s: %d is a task set', (text, value, metric) => {
  expect(figure(text, value, CITY).metric).not.toBe(metric);
});

// Near misses: a report's paragraphs with headings between, and the words 责任单位 inside a sentence of work done.
it.each([
  ['全年办理法律援助案件550件。\n二、人民调解\n全县调解纠纷1862件。', 550, 'legal_aid.cases'],
  ['全年办理法律援助案件550件。\n压实责任单位责任,推动工作落实。', 550, 'legal_aid.cases'],
  ['全年办理法律援助案件550件,责任单位均按时结案。', 550, 'legal_aid.cases'],
])('%s: %d is work done', (text, value, metric) => {
  expect(figure(text, value, CITY).metric).toBe(metric);
});
