// Whose figures a page gives, read from the page as a whole after each figure's own sentence has been read: a page about
// one body, place or person, one level's legal aid centre, one department, or a yearly report on information disclosure
// gives that subject's own counts, not the region's total, wherever a figure's own words do not name the whole region.
import { metricTheme } from './bodyCarriedOver.ts';
import type { Scanned } from './figureRelations.ts';
import { headingAbove } from './headingAbove.ts';
import {
  pageAboutDisclosure,
  pageAboutOneBody,
  pageAboutOnePlace,
  pageAboutOneDepartment,
  pageCentreLevel,
} from './pageSubject.ts';
import { opensWithAPerson, peopleIntroduced } from './people.ts';
import { centreCountsOwnPart, regionLevel } from './scope.ts';
import { namesOwnRegion, namesTheWholeRegion } from './subUnit.ts';
import type { ExtractOptions } from './types.ts';

// 市政府作为复议机关全年收到复议申请437件, 行政机关负责人出庭应诉率…100%: on a page about one centre or committee, a
// figure whose own clause names the government or its agencies acting is theirs, not the body's (not a township's own
// government: 镇政府; on a township's or street's page its 行政机关 are its own).
const GOVERNMENT_ACTS = /(?<![镇乡])(?:人民)?政府(?!部门|工作部门)|行政机关/;

// 县法律援助中心办理法律援助案件684件 on a page about one committee or station of the county: the county's own centre or
// government is the county's only such body (scope.ts, governmentOwn), whose count is the county's, not the page's body's.
// (Its government or review bureau from 2022 on, when the review reform made it the county's only review body.)
const WHEN =
  '(?:全年|同期|当年|今年|今年以来|上半年|下半年|(?:19|20)\\d{2}年(?:上半年|下半年)?|\\d{1,2}[-—至~]\\d{1,2}月)?';
const COUNTY_CENTRE = new RegExp(`(?:^|[,;:。])${WHEN}(?:该|本)?(?:县|区|市|旗)法律援助中心`);
const COUNTY_REVIEW_BODY = new RegExp(`(?:^|[,;:。])${WHEN}(?:县|区|市|旗)(?:人民政府|政府|行政复议局)`);
// (据了解,今年以来,迁安市法律援助中心共办理…: the county named by its own name, 迁安市, is its level word.)
function countyOwnBody(words: string, year: number | undefined, own: readonly string[] = []): boolean {
  const plain = own
    .filter((name) => /[县区市旗]$/.test(name))
    .reduce((text, name) => text.replaceAll(name, name.slice(-1)), words);
  return COUNTY_CENTRE.test(plain) || (year !== undefined && year >= 2022 && COUNTY_REVIEW_BODY.test(plain));
}

/** The words of a figure's sentence before it. */
const wordsBefore = (norm: string, item: Scanned): string =>
  norm.slice(item.ctx.sentence.start, item.fig.start);

/** Re-scopes, in place, the region claims of `items` that the page's subject makes its own part. */
export function scopeByPageSubject(
  items: Scanned[],
  norm: string,
  options: Pick<ExtractOptions, 'region' | 'names'>,
  reportYear: number | undefined,
): void {
  const claims = (): Scanned[] => items.filter((item) => item.scope === 'region');
  if (pageAboutOneBody(norm)) {
    const place = pageAboutOnePlace(norm);
    const county = regionLevel(options.region) === 'county';
    for (const item of claims()) {
      const words = item.ctx.text.earlier + item.ctx.text.local;
      if (
        !namesTheWholeRegion(words) &&
        !namesOwnRegion(words, options.names?.own) &&
        !(county && countyOwnBody(words, item.year ?? reportYear, options.names?.own)) &&
        (place || !GOVERNMENT_ACTS.test(item.ctx.text.local))
      )
        item.scope = 'sub_category';
    }
  }
  const people = peopleIntroduced(norm);
  if (people.length > 0)
    for (const item of claims())
      if (opensWithAPerson(item.ctx.text.local, people)) item.scope = 'sub_category';
  const centre = pageCentreLevel(norm);
  if (centre !== null && centreCountsOwnPart(centre, regionLevel(options.region), reportYear))
    for (const item of claims())
      if (metricTheme(item.metric) === 'legal_aid' && !namesTheWholeRegion(wordsBefore(norm, item)))
        item.scope = 'government_own';
  const reviewOrSuit = (item: Scanned): boolean => {
    const theme = metricTheme(item.metric);
    return theme === 'review' || theme === 'litigation';
  };
  if (pageAboutOneDepartment(norm))
    for (const item of claims())
      if (reviewOrSuit(item) && !namesTheWholeRegion(wordsBefore(norm, item))) item.scope = 'government_own';
  // (A sentence of such a report that names the whole region gives its total, 全县行政机关一审应诉案件93件, 全省各级…, unless
  // it speaks of disclosure: 我市因政府信息公开被提起行政诉讼4件.)
  // (Disclosure may be named on the section's heading line above the figure's paragraph, 五、因政府信息公开被申请行政复议、提起
  // 行政诉讼情况 / 全县行政机关被提起行政诉讼2件, or in the figure's own sentence.)
  const speaksOfDisclosure = (item: Scanned): boolean => {
    const heading = headingAbove(norm, item.ctx.paragraphStart);
    const line = heading === null ? '' : norm.slice(heading.start, heading.end);
    // (Not the report's own title above its first paragraph: …政府信息公开工作年度报告.)
    const section = /信息公开/.test(line) && !/年度报告/.test(line);
    return section || /信息公开/.test(norm.slice(item.ctx.sentence.start, item.ctx.sentence.end));
  };
  if (pageAboutDisclosure(norm))
    for (const item of claims())
      if (reviewOrSuit(item) && (!namesTheWholeRegion(wordsBefore(norm, item)) || speaksOfDisclosure(item)))
        item.scope = 'sub_category';
}
