// The list of other articles a web page ends with (相关新闻:, 相关链接, 推荐阅读) is no part of the page's text: its
// headlines tell other pages' figures, often of other regions. Pages written for the test.
import { normalizeText } from '../../../src/extract/normalizeText.ts';
import { figures } from './helpers.ts';

const ARTICLE = '陕西省2021年法律援助工作综述\n全年共办理法律援助案件5.6万件,为受援人挽回经济损失6.1亿元。\n';

describe('a list of other articles claims nothing', () => {
  it.each([
    ARTICLE +
      '【打印】【关闭】\n相关新闻:\n· 山西省2021年法律援助案件突破4万件\n· 西安市办理法律援助案件1.1万件\n',
    ARTICLE + '相关链接:宜昌市上半年办理行政复议案件1100余件 | 襄阳市召开法治建设推进会\n',
    ARTICLE + '推荐阅读\n青海省人民调解成功率达98.2%\n拉萨市2022年化解矛盾纠纷5,316件\n',
  ])('%s', (text) => {
    expect(figures(text, { year: 2021, region: '610000' }).map((c) => c.value)).toEqual([56000, 610_000_000]);
  });
});

describe('near misses', () => {
  it('prose after the list is read again', () => {
    const text =
      ARTICLE +
      '相关新闻:\n· 山西省2021年法律援助案件突破4万件\n全省法律援助机构全年接待群众咨询38万人次,同比增长5%。\n';
    expect(normalizeText(text).text).toContain('全省法律援助机构全年接待群众咨询38万人次');
    expect(normalizeText(text).text).not.toContain('山西省');
  });
  it('相关 inside a sentence opens no list', () => {
    const text = '相关部门全年共办理法律援助案件5,600件。\n';
    expect(normalizeText(text).text).toContain('5,600');
  });
});

describe('review of 3 December: a list of other articles ends where prose starts', () => {
  it('a line of prose (a comma) or a numbered heading ends it', () => {
    const text =
      '相关新闻\n· 某县召开人民调解工作会议\n全市共办理法律援助案件5,431件,同比增长12%。\n【相关链接】\n一、基本情况\n全市调解纠纷1.2万件。\n';
    const norm = normalizeText(text).text;
    expect(norm).toContain('5,431');
    expect(norm).toContain('一、基本情况');
    expect(norm).not.toContain('某县召开');
  });
});

describe('an arrow opening a line is its bullet', () => {
  it('the item is not joined to the line before, and the evidence leaves the bullet out', () => {
    const c = figures('2020年\n▶ 全市共收到行政复议申请1,204件', { year: 2021 }).find(
      (x) => x.value === 1204,
    );
    expect([c?.year, c?.scope, c?.evidence]).toEqual([2021, 'region', '全市共收到行政复议申请1,204件']);
  });
});
