// assignMetric, rateWordBefore and isPartFigure on their own: the words around one figure, written out by hand as
// figureContext would cut them, and the catalogue metric they name. Phrases written for this test.
import {
  assignMetric,
  isPartFigure,
  rateWordBefore,
  type FigureText,
} from '../../../src/extract/assignMetric.ts';
import { metricOf } from './helpers.ts';

/** A figure's words: `local` stands for its clause and subject too unless they are given. */
function words(local: string, more: Partial<FigureText> = {}): FigureText {
  return {
    unit: 'count',
    counter: '件',
    local,
    clause: local,
    following: '',
    earlier: '',
    subject: local,
    previous: '',
    ...more,
  };
}

const percent = { unit: 'percent', counter: '%' } as const;

describe('assignMetric', () => {
  it('a figure per person is no total, but an average rate is still a rate', () => {
    expect(assignMetric(words('人民调解员人均调解纠纷'))).toBeNull();
    expect(assignMetric(words('全市人民调解平均调解成功率为', percent))).toBe('mediation.success_rate');
  });

  it('a known part takes only the rules written for parts', () => {
    const police = words('城南派出所调解室调解纠纷');
    expect(assignMetric(police, true)).toBe('mediation.police_station_cases');
    expect(assignMetric(police)).toBe('mediation.police_station_cases');
    const all = words('全市人民调解组织调解纠纷');
    expect(assignMetric(all)).toBe('mediation.cases');
    expect(assignMetric(all, true)).toBeNull();
  });

  it('what follows the counter can name what is counted', () => {
    const built = { counter: '个' };
    expect(assignMetric(words('全市建成', { ...built, following: '个人调解工作室' }))).toBe(
      'mediation.personal_studios',
    );
    expect(assignMetric(words('全市共有', { ...built, following: '人民调解委员会' }))).toBe(
      'mediation.committees',
    );
    expect(assignMetric(words('全市共设立', { ...built, following: '驻派出所调解室' }))).toBe(
      'mediation.police_station_rooms',
    );
  });

  it('a court’s intake counts every instance only when a court is named in the paragraph', () => {
    const intake = words('全年收案');
    expect(assignMetric({ ...intake, previous: '市中级人民法院发布行政审判白皮书' })).toBe(
      'litigation.all_instance_cases',
    );
    expect(assignMetric({ ...intake, previous: '全市行政诉讼案件数量平稳' })).toBe('litigation.cases');
  });

  it('one count of two topics’ cases is neither’s, but a rate in such a clause is still read', () => {
    expect(assignMetric(words('办理行政复议和行政应诉案件'))).toBeNull();
    expect(assignMetric(words('行政复议和行政应诉案件中行政机关负责人出庭应诉率达', percent))).toBe(
      'litigation.head_appearance_rate',
    );
  });

  it('the principal leader’s appearance rate is no head-of-agency rate, however long the comparison after it', () => {
    const principal = '主要负责人出庭应诉率由2022年度的85.6%提升至2023年度的';
    expect(assignMetric(words(principal, percent))).toBeNull();
    expect(metricOf('全市主要负责人出庭应诉率由2022年度的85.6%提升至2023年度的100%。', 100)).toBeNull();
    expect(assignMetric(words('行政机关负责人出庭应诉率由2022年度的85.6%提升至2023年度的', percent))).toBe(
      'litigation.head_appearance_rate',
    );
  });
});

describe('rateWordBefore', () => {
  it('reads the whole rate word before a long comparison (由…的…%提升至…的)', () => {
    expect(rateWordBefore('全市主要负责人出庭应诉率由2022年度的85.6%提升至2023年度的')).toBe(
      '全市主要负责人出庭应诉率',
    );
    expect(rateWordBefore('调解成功率连续三年保持在')).toBe('调解成功率');
    expect(rateWordBefore('全年调解纠纷')).toBeNull();
  });
});

describe('isPartFigure', () => {
  it('a kind of case makes a part only of the four headline topics', () => {
    expect(isPartFigure(words('调解婚姻家庭纠纷'))).toBe(true);
    expect(isPartFigure(words('受理涉企法律援助案件'))).toBe(true);
    expect(isPartFigure(words('办理涉企行政处罚案件'))).toBe(false);
    expect(isPartFigure(words('全市调解纠纷'))).toBe(false);
  });
});
