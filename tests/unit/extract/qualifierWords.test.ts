// Every qualifier word the extractor knows, each in sentences of its own, with the qualifier written out by hand.
// 不超过/未超过/不高于/不到/不足 cap a figure from above and 上下/左右 hedge it: none of them may become a lower bound.
import { figure } from './helpers.ts';
import { combineQualifiers, prefixQualifier, suffixQualifier } from '../../../src/extract/qualifier.ts';

type Case = readonly [word: string, text: string, value: number, qualifier: 'exact' | 'approx' | 'lower_bound'];

const before: Case[] = [
  ['不少于', '全年开展普法活动不少于120场。', 120, 'lower_bound'],
  ['不少于', '每个乡镇配备法律顾问不少于3名。', 3, 'lower_bound'],
  ['不低于', '行政复议纠错率不低于15%。', 15, 'lower_bound'],
  ['不低于', '每年组织旁听庭审不低于40次。', 40, 'lower_bound'],
  ['不超过', '平均办理时限不超过7个工作日。', 7, 'approx'],
  ['不超过', '每宗案件收费不超过200元。', 200, 'approx'],
  ['未超过', '全市行政复议纠错率未超过5%。', 5, 'approx'],
  ['未超过', '规范性文件审查时间均未超过20个工作日。', 20, 'approx'],
  ['没有超过', '行政诉讼败诉案件没有超过10件。', 10, 'approx'],
  ['没超过', '每件审查时间都没超过15天。', 15, 'approx'],
  ['不高于', '行政机关败诉率不高于8%。', 8, 'approx'],
  ['大约', '参与旁听的干部大约350人。', 350, 'approx'],
  ['大约', '全年化解信访积案大约1.2万件。', 12000, 'approx'],
  ['将近', '法律援助中心接待群众将近8000人次。', 8000, 'approx'],
  ['将近', '线上调解平台受理纠纷将近2.5万宗。', 25000, 'approx'],
  ['接近', '政务公开事项接近600项。', 600, 'approx'],
  ['接近', '普法覆盖人群接近30万人。', 300000, 'approx'],
  ['不到', '群众满意度调查中投诉不到40件。', 40, 'approx'],
  ['不足', '被纠错的行政行为不足20件。', 20, 'approx'],
  ['超过', '开展执法检查超过900次。', 900, 'lower_bound'],
  ['至少', '每季度召开专题会议至少4次。', 4, 'lower_bound'],
  ['至少', '全年培训执法人员至少2000人次。', 2000, 'lower_bound'],
  ['突破', '公共法律服务热线接听量突破10万次。', 100000, 'lower_bound'],
  ['突破', '人民调解组织调解案件突破5000件。', 5000, 'lower_bound'],
  ['多达', '涉及群众多达1500人。', 1500, 'exact'],
  ['高达', '案件办结率高达99.2%。', 99.2, 'exact'],
  ['高达', '挽回经济损失高达3600万元。', 36000000, 'exact'],
  ['近', '全市共有律师近2000名。', 2000, 'approx'],
  ['约', '培训基层干部约4500人次。', 4500, 'approx'],
  ['逾', '审查规范性文件逾300件。', 300, 'lower_bound'],
  ['超', '办理法律援助案件超1.1万件。', 11000, 'lower_bound'],
];

const bare: Case[] = [
  ['上', '全年接待来访群众上千人次。', 1000, 'lower_bound'],
  ['过', '化解矛盾纠纷过万件。', 10000, 'lower_bound'],
];

const inner: Case[] = [
  ['余', '办理行政复议案件1200余件。', 1200, 'lower_bound'],
  ['多', '受理投诉举报800多宗。', 800, 'lower_bound'],
];

const after: Case[] = [
  ['以上', '行政应诉出庭率达到95%以上。', 95, 'lower_bound'],
  ['有余', '开展法治宣传500场有余。', 500, 'lower_bound'],
  ['左右', '每月受理咨询300件左右。', 300, 'approx'],
  ['左右', '平均审查周期为10天左右。', 10, 'approx'],
  ['上下', '每年办理复议案件2000件上下。', 2000, 'approx'],
  ['上下', '调解成功率保持在90%上下。', 90, 'approx'],
];

describe('qualifier words in a sentence', () => {
  it.each([...before, ...bare, ...inner, ...after])('%s: %s → %s %s', (_word, text, value, qualifier) => {
    expect(figure(text, value).qualifier).toBe(qualifier);
  });

  it('a figure without a qualifier word is exact', () => {
    expect(figure('全年办理行政复议案件2056件。', 2056).qualifier).toBe('exact');
    expect(figure('上半年受理案件300件。', 300).qualifier).toBe('exact');
  });
});

describe('prefixQualifier', () => {
  it.each([
    ['不少于', 'lower_bound'],
    ['不低于', 'lower_bound'],
    ['不超过', 'approx'],
    ['未超过', 'approx'],
    ['没有超过', 'approx'],
    ['没超过', 'approx'],
    ['不高于', 'approx'],
    ['大约', 'approx'],
    ['将近', 'approx'],
    ['接近', 'approx'],
    ['不到', 'approx'],
    ['不足', 'approx'],
    ['超过', 'lower_bound'],
    ['至少', 'lower_bound'],
    ['突破', 'lower_bound'],
    ['多达', 'exact'],
    ['高达', 'exact'],
    ['近', 'approx'],
    ['约', 'approx'],
    ['逾', 'lower_bound'],
    ['超', 'lower_bound'],
  ] as const)('%s before a number → %s, the whole word', (word, qualifier) => {
    const text = `案件${word}12件`;
    expect(prefixQualifier(text, text.indexOf('12'))).toEqual({ qualifier, length: word.length });
  });

  it('上 and 过 count only before a bare 百/千/万', () => {
    expect(prefixQualifier('上千人', 1, true)).toEqual({ qualifier: 'lower_bound', length: 1 });
    expect(prefixQualifier('过万件', 1, true)).toEqual({ qualifier: 'lower_bound', length: 1 });
    expect(prefixQualifier('上12人', 1)).toBeNull();
    expect(prefixQualifier('过12件', 1)).toBeNull();
  });

  it('no word, or a word that is not right before the number, is no qualifier', () => {
    expect(prefixQualifier('案件12件', 2)).toBeNull();
    expect(prefixQualifier('12件', 0)).toBeNull();
    expect(prefixQualifier('约有12件', 2)).toBeNull();
  });
});

describe('suffixQualifier', () => {
  it.each([
    ['以上', 'lower_bound'],
    ['有余', 'lower_bound'],
    ['左右', 'approx'],
    ['上下', 'approx'],
  ] as const)('%s after the counter word → %s', (word, qualifier) => {
    expect(suffixQualifier(`12件${word}。`, 3)).toEqual({ qualifier, length: 2 });
  });

  it('anything else after the number is no qualifier', () => {
    expect(suffixQualifier('12件。', 3)).toBeNull();
    expect(suffixQualifier('12件以', 3)).toBeNull();
  });
});

describe('combineQualifiers', () => {
  it.each([
    ['approx', 'lower_bound', 'lower_bound'],
    ['lower_bound', 'approx', 'lower_bound'],
    ['exact', 'lower_bound', 'lower_bound'],
    ['approx', 'exact', 'approx'],
    ['exact', 'approx', 'approx'],
    ['exact', 'exact', 'exact'],
    ['exact', 'derived', 'derived'],
    ['derived', 'exact', 'derived'],
    ['derived', 'approx', 'approx'],
    ['approx', 'derived', 'approx'],
  ] as const)('%s with %s → %s', (a, b, combined) => {
    expect(combineQualifiers(a, b)).toBe(combined);
  });
});
