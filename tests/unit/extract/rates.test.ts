// Every rate phrasing reports use, in the topic it belongs to.
import { figure, metricOf } from './helpers.ts';

describe('rate phrasings', () => {
  it.each([
    ['人民调解组织调解纠纷2,000件,调解成功1,960件,成功率98%。', 98, 'mediation.success_rate'],
    ['全年人民调解案件调成率98.2%。', 98.2, 'mediation.success_rate'],
    ['人民调解工作成效明显,调解成功率为98.3%。', 98.3, 'mediation.success_rate'],
    ['各级调委会调处纠纷1.2万件,调处成功率97%。', 97, 'mediation.success_rate'],
    ['矛盾纠纷化解率达96.5%。', 96.5, 'mediation.success_rate'],
    ['行政机关负责人出庭应诉率达100%。', 100, 'litigation.head_appearance_rate'],
    ['行政机关负责人出庭率75.46%。', 75.46, 'litigation.head_appearance_rate'],
    ['行政机关负责人出庭应诉比例达到95%。', 95, 'litigation.head_appearance_rate'],
    ['出庭应诉率由85%提升至100%。', 100, 'litigation.head_appearance_rate'],
    ['行政复议综合纠错率为12.5%。', 12.5, 'review.correction_rate'],
    ['行政复议直接纠错率9.6%。', 9.6, 'review.correction_rate'],
    ['行政诉讼案件败诉率为13.83%。', 13.83, 'litigation.loss_rate'],
    ['行政机关败诉率下降到4.1%。', 4.1, 'litigation.loss_rate'],
    ['全市行政复议案件实质化解率89.13%。', 89.13, 'review.resolution_rate'],
    ['行政复议实质性化解行政争议,化解率85%。', 85, 'review.resolution_rate'],
  ] as const)('%s', (text, value, metric) => {
    expect(metricOf(text, value)).toBe(metric);
  });

  it.each([
    ['行政复议案件办结率96%。', 96],
    ['审结行政复议案件1,650件,结案率95.3%。', 95.3],
    ['仲裁案件调解、和解结案率达60%。', 60],
    ['规范性文件报备率100%、及时率100%。', 100],
    ['劳动人事争议调解成功率80%。', 80],
    ['行政复议调解成功率为35%。', 35],
  ] as const)('reads %s without a headline metric', (text, value) => {
    const c = figure(text, value);
    expect(c.unit).toBe('percent');
    expect(c.metric ?? '').not.toMatch(/^(mediation|review|litigation|legal_aid)\./);
  });
});
