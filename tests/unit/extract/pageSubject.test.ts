// A page whose title names one body below the region as its subject (兴宁市石马司法所:…, (城南街道), 某某镇人民调解委员会
// …) tells that body's work: its figures are the body's part unless their own sentence names the whole region. Titles
// and sentences are written for these tests.
import { openingLineSpans, pageAboutOneBody } from '../../../src/extract/pageSubject.ts';
import { claim } from './helpers.ts';

describe('pageAboutOneBody', () => {
  it.each([
    '某某市石马司法所:维护山区和谐稳定的坚固防线\n正文',
    '2024年法治政府建设工作报告\n(城南街道)\n今年来,城南街道…。',
    '东风镇人民调解委员会:小纠纷不出村\n正文',
    '某某派出所“枫桥式”调解工作侧记\n正文',
    '某某县矛调中心运行一周年\n正文',
    '某某律师团队:为农民工讨薪的“娘家人”\n正文',
    '石马镇\n2023年工作总结。',
  ])('%j', (text) => {
    expect(pageAboutOneBody(text)).toBe(true);
  });

  it.each([
    // The whole region, levels of bodies, a hometown, a body named later in the title or only in the body text.
    '全市司法所规范化建设推进会召开\n正文',
    '看家乡事,品故乡情\n陕西省去年收到行政复议申请2371件',
    '全市乡镇(街道)人民调解委员会全覆盖\n正文',
    '某某市2023年法治政府建设年度报告\n正文',
    '四川新增10万个基层调解室\n正文',
    '日前,司法部印发决定,某某街道人民调解委员会被评为全国模范人民调解委员会。\n正文',
    '某某市司法局举办培训班,邀请某某司法所所长授课的活动今天在会议中心举行\n正文',
  ])('%j is no page about one body', (text) => {
    expect(pageAboutOneBody(text)).toBe(false);
  });
});

describe('the figures of such a page', () => {
  const Y = { year: 2023, region: '441481' };
  const PAGE = '某某市石马司法所:维护山区和谐稳定的坚固防线\n';

  it('are the body’s part', () => {
    expect(claim(`${PAGE}近年来,共调解矛盾纠纷1,200件,调解成功率达99.9%。`, 99.9, Y)[1]).toBe('sub_category');
    expect(claim(`${PAGE}2023年,调解矛盾纠纷320件。`, 320, Y)[1]).toBe('sub_category');
  });

  it('unless their sentence names the whole region', () => {
    expect(claim(`${PAGE}2023年,全市共调解矛盾纠纷3.2万件。`, 32000, Y)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });

  it('a page without such a title keeps the region’s figures', () => {
    expect(claim('某某市司法局工作动态\n2023年,调解矛盾纠纷320件。', 320, Y)).toEqual([
      'mediation.cases',
      'region',
    ]);
  });
});

// openingLineSpans (survivors of npm run test:mutation): only short lines in the page's first 200 characters, and never
// the page's last line, are its title and subtitle.
describe('openingLineSpans', () => {
  it('finds the short opening lines, where they start and end', () => {
    expect(openingLineSpans('标题\n副标题\n正文第一句。')).toEqual([
      { start: 0, end: 2 },
      { start: 3, end: 6 },
    ]);
  });

  it('a short line after the opening 200 characters is no title', () => {
    const body = `${'全市调解纠纷三千件,调解成功率百分之九十八。'.repeat(10)}\n小标题\n正文。`;
    expect(openingLineSpans(body)).toEqual([]);
  });

  it('a page of one line has no title', () => {
    expect(openingLineSpans('全市调解纠纷3,200件')).toEqual([]);
  });
});
