// A target or a plan is not what was done, and an average per year is no year's total. Sentences are
// written for these tests.
import { figure } from './helpers.ts';

const Y = { year: 2023, region: '330200' };

describe('targets and plans', () => {
  it.each([
    ['力争全市调解成功率达到98%以上。', 98],
    ['2024年,全市将确保行政机关负责人出庭应诉率达到100%。', 100],
    ['目标是全年办理法律援助案件5,000件。', 5000],
    ['计划全年调解纠纷2万件。', 20000],
    ['争取行政复议纠错率保持在10%左右。', 10],
    ['要求行政机关负责人出庭应诉率不低于90%。', 90],
    ['预计全年受理行政复议案件1,500件。', 1500],
    ['全县将实现行政机关负责人出庭应诉率100%。', 100],
    // a task set or handed down (确定/下达/分解/明确 … 完成/目标/任务), and what follows a task's colon
    ['确定2023年全市完成办理法律援助案件6,275件,并对县市区细化目标任务。', 6275],
    ['下达2023年全市法律援助案件目标任务6,275件。', 6275],
    ['明确全年调解矛盾纠纷任务2万件。', 20000],
    ['确立的主要任务是:办理法律援助案件1.8万件。', 18000],
    ['工作目标:全年调解成功率98%以上。', 98],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  it.each([
    ['全市确保了出庭应诉率100%。', 100, 'litigation.head_appearance_rate'],
    ['全年调解婚姻家庭、计划生育等各类纠纷2,300件。', 2300, 'mediation.cases'],
    ['全年完成调解纠纷2万件,超额完成目标任务。', 20000, 'mediation.cases'],
    ['明确了工作任务,全年办理法律援助案件1.8万件。', 18000, 'legal_aid.cases'],
    ['主要成效:全年办理法律援助案件1.8万件。', 18000, 'legal_aid.cases'],
    ['围绕年度目标,全年办理法律援助案件1.8万件。', 18000, 'legal_aid.cases'],
  ] as const)('what was done stays: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});

describe('averages', () => {
  it.each([
    ['五年来年均调解纠纷1.2万件。', 12000],
    ['全市月均受理行政复议申请120件。', 120],
    ['每名调解员年平均调解纠纷45件。', 45],
    ['日均接待法律援助咨询60人次,办理法律援助案件8件。', 8],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  // assignMetric.isMoneyPerUnit: money per month, case or head is a standard or a rate, in a list of years too.
  it.each([
    ['全市法律援助经济困难标准为3,101元/月。', 3101],
    ['为受援人挽回经济损失8,080万元,2022年、2023年法律援助经济困难标准分别为2,846元/月、3,101元/月。', 2846],
    ['为受援人挽回经济损失8,080万元,2022年、2023年法律援助经济困难标准分别为2,846元/月、3,101元/月。', 3101],
    ['为受援人挽回经济损失8,080万元,2022年为2,846元/人。', 2846],
    ['按照1,200元/件的标准发放法律援助办案补贴,为受援人挽回经济损失300万元。', 1200],
  ] as const)('money per unit: %s (%d)', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  it.each([
    ['全市为受援人挽回经济损失3,101万元。', 31_010_000, 'legal_aid.recovered'],
    ['全市法律援助案件增长至2023年的14,245件/年。', 14245, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});

describe('words of a plan that frame what was done', () => {
  it.each([
    ['按照省厅要求全面开展矛盾纠纷排查化解,全市共调解纠纷3,000件。', 3000, 'mediation.cases'],
    ['按照上级要求全市共调解纠纷3,000件。', 3000, 'mediation.cases'],
    ['围绕平安建设目标调解矛盾纠纷2,600件。', 2600, 'mediation.cases'],
    ['全市按计划调解矛盾纠纷1,800件。', 1800, 'mediation.cases'],
  ] as const)('%s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });

  it('a requirement with its level is a target', () => {
    expect(figure('上级要求出庭应诉率达到95%以上。', 95, Y).metric).toBeNull();
  });
});

// assignMetric: a quote after 提出/要求 opens a target; a count per N万人 is a ratio; a threshold the units are listed
// against (出庭应诉率超过60%的有德州、…) is no rate of any of them.
describe('a quoted target, a ratio per 10万人, a threshold of a list', () => {
  it.each([
    ['方案提出“为经济困难群众提供免费法律咨询服务50万人次、法律援助案件服务5万件”。', 50_000],
    ['市政府要求“为经济困难群众和符合法定条件的当事人提供法律援助,全年办理法律援助案件5万件”。', 50_000],
    ['我区每10万人提供法律援助案件达220件。', 220],
    ['从各市情况看,出庭应诉率超过60%的有德州、滨州。', 60],
    ['调解成功率在95%以上的有12个县。', 95],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, Y).metric).toBeNull();
  });

  it.each([
    ['全市行政机关负责人出庭应诉率超过60%。', 60, 'litigation.head_appearance_rate'],
    ['全市共办理法律援助案件3.76万余件,提出了新的工作要求。', 37_600, 'legal_aid.cases'],
  ] as const)('near miss: %s', (text, value, metric) => {
    expect(figure(text, value, Y).metric).toBe(metric);
  });
});
