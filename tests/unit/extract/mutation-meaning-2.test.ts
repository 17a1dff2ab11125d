// The survivors of the extract-meaning group's run of 2 December (category, assignMetric, sentenceRoles), each
// killed here or fixed as a bug it showed. Sentences written for this test; expected values worked out by hand.
import { assignMetric, type FigureText } from '../../../src/extract/assignMetric.ts';
import { namesACategory } from '../../../src/extract/category.ts';
import { acceptedUnderReceived } from '../../../src/extract/sentenceRoles.ts';
import { claim, figure, scannedIn, type Facts } from './helpers.ts';

const CITY = { year: 2023, region: '330200' };

describe('a colon before a figure is no clause mark when the clause before is read (category)', () => {
  // The bug: a colon right before a digit ended no clause and started none, so the clause before the figure's was
  // lost and the committees of one trade it names did not carry over.
  it.each([
    ['全市行业性专业性人民调解组织调解纠纷:2,345件,调解成功2,300件。', 2300],
    ['企业人民调解委员会受理纠纷:500件,调解成功480件。', 480],
    ['专业性调委会受理纠纷:900件,调结880件。', 880],
  ] as const)('%s', (text, value) => {
    expect(figure(text, value, CITY).scope).toBe('sub_category');
  });

  it('trades listed after the other levels, behind a colon before a year, are all committees', () => {
    const text = '主要数据:2023年村(社区)、乡镇(街道)、行业性专业性调解组织共调解纠纷1.2万件。';
    expect(claim(text, 12000, CITY)).toEqual(['mediation.cases', 'region']);
    expect(
      namesACategory(
        '行业性专业性调解组织共调解纠纷',
        '',
        '',
        undefined,
        '主要数据:2023年村(社区)、乡镇(街道)、',
      ),
    ).toBe(false);
  });

  it('near misses: two grassroots levels, and a clause with its own object, read as before', () => {
    expect(figure('主要数据:2023年村(社区)、街道调解组织化解矛盾纠纷2.9万余件。', 29000, CITY).scope).toBe(
      'sub_category',
    );
    const text = '全市建立行业性专业性人民调解组织:120个,全年调解矛盾纠纷1.2万件,调解成功1.18万件。';
    expect(claim(text, 11800, CITY)).toEqual(['mediation.resolved', 'region']);
  });
});

describe('the other levels are read from the clause right before only when it ends in a list mark (category)', () => {
  // A clause of grassroots committees with its own figure, then the committees of trades: these are a part.
  it.each([
    ['村(社区)、乡镇(街道)调委会调解纠纷800件,行业性专业性调解组织调解纠纷300件。'],
    ['村(社区)和乡镇(街道)调委会共调解纠纷800件,企业调委会调解纠纷300件。'],
  ])('%s', (text) => {
    expect(figure(text, 300, CITY).scope).toBe('sub_category');
  });
});

describe('a count in the clause of a rate spread over two years is no one year’s (assignMetric)', () => {
  // The bug: only the rate lost its metric, and the count beside it was claimed for one of the years.
  it.each([
    ['2022年、2023年调解成功率均为100%的人民调解委员会调解纠纷1,200件。', 1200],
    ['2021年、2022年法律援助满意率均达100%且办理法律援助案件3,000件。', 3000],
  ])('%s', (text, value) => {
    expect(figure(text, value, CITY).metric).toBeNull();
  });

  it('near misses: a count in the next clause, or after one year, keeps its metric', () => {
    expect(figure('2022年、2023年调解成功率均为100%,调解纠纷1,200件。', 1200, CITY).metric).toBe(
      'mediation.cases',
    );
    expect(figure('2023年调解成功率均为100%的人民调解委员会调解纠纷1,200件。', 1200, CITY).metric).toBe(
      'mediation.cases',
    );
  });

  it('on its own: the clause and the words before decide, whatever the unit', () => {
    const count: FigureText = {
      unit: 'count',
      counter: '件',
      local: '的人民调解委员会调解纠纷',
      clause: '2022年、2023年调解成功率均为100%的人民调解委员会调解纠纷',
      following: '',
      earlier: '2022年、2023年调解成功率均为100%',
      subject: '2022年、2023年调解成功率均为100%的人民调解委员会调解纠纷',
      previous: '',
    };
    expect(assignMetric(count)).toBeNull();
    expect(assignMetric({ ...count, clause: '的人民调解委员会调解纠纷' })).toBe('mediation.cases');
  });
});

describe('acceptedUnderReceived reads only a part (sentenceRoles)', () => {
  const received: Facts = { metric: 'review.cases', basis: 'received' };
  const under = (norm: string, last: Facts): boolean => {
    const items = scannedIn(norm, received, last);
    const item = items.pop();
    if (item === undefined) throw new Error(`no figure in ${norm}`);
    return acceptedUnderReceived(items, item);
  };

  it('a 受理 part under the received count is the accepted count of all of them', () => {
    // (其中受理720件 is the accepted count by its own words: review.accepted before this stage.)
    expect(under('全市共收到行政复议申请786件,其中受理申请720件', { part: true, basis: 'accepted' })).toBe(true);
  });

  it('a 受理 count that is no part is left to sameSentenceRole', () => {
    expect(under('全市共收到行政复议申请786件,受理申请720件', { part: false, basis: 'accepted' })).toBe(false);
  });

  it('a part whose own words name another metric is no accepted count', () => {
    expect(under('全市共收到行政复议申请786件,其中受理后审结700件', { part: true, basis: 'accepted' })).toBe(
      false,
    );
  });

  it('what is not accepted, or a part of another basis, is no accepted count', () => {
    expect(under('全市共收到行政复议申请786件,其中不予受理43件', { part: true, basis: 'accepted' })).toBe(
      false,
    );
    expect(under('全市共收到行政复议申请786件,其中受理720件', { part: true, basis: 'received' })).toBe(false);
  });
});

describe('a figure said of every year is no one year’s, whatever its unit (assignMetric)', () => {
  // The bug: only a rate lost its metric, so 每年办理公证事项3万余件 was claimed as the year's notary count; and the
  // 年年 of 2023年年底 or 今年年底 read as "every year", so a rate at the year's end lost its metric.
  it.each([
    ['全市每年办理公证事项3万余件。', 30000],
    ['全市公证机构每年办理公证案件3,000件。', 3000],
    ['全市每年开展普法活动1,200场次。', 1200],
    ['全市每年新增律师100名。', 100],
  ])('%s: %d claims no metric', (text, value) => {
    expect(figure(text, value, CITY).metric).toBeNull();
  });

  it.each([
    ['截至2023年年底,调解成功率达98.5%。', 98.5, 'mediation.success_rate'],
    ['二〇二三年年末,调解成功率达98.5%。', 98.5, 'mediation.success_rate'],
    ['今年年底行政机关负责人出庭应诉率达100%。', 100, 'litigation.head_appearance_rate'],
    ['全市律师事务所年年增加,现有律师1,200名。', 1200, 'legal_services.lawyers'],
    ['全市每年开展法律服务进社区活动,2023年办理公证事项3万余件。', 30000, 'legal_services.notary_cases'],
    ['全市每年开展人民调解员培训,今年调解成功率达98.5%。', 98.5, 'mediation.success_rate'],
  ])('near miss %s: %d keeps its metric', (text, value, metric) => {
    expect(figure(text, value, CITY).metric).toBe(metric);
  });

  it('every year with nothing of its own after it still is', () => {
    expect(figure('每年开展人民调解员培训,调解成功率达98.5%。', 98.5, CITY).metric).toBeNull();
    expect(figure('全市每一年的调解成功率都在98%以上。', 98, CITY).metric).toBeNull();
  });
});
