// Does a figure's subject name a region below the page's own (东城区 on a city's page, 广州市 on a
// province's)? Such a figure is that part's, not the page region's total.

// Two characters of a proper name, then the level word: 东城区, 蜀山区, 莒南县, 两江新区, 达拉特旗.
const COUNTY_NAME = /([\u4e00-\u9fa5]{2})(?:新区|区|县|旗)(?!级|委|域|直|内|外|情|属|长|乡|镇|市)/g;
const CITY_NAME = /([\u4e00-\u9fa5]{2})(?:市|州|盟)(?!级|委|域|直|内|外|情|属|长|场|民|区)/g;
// Not a name: 全区, 各县, 辖区, 社区, 自治区, 行政区, 地区, 城乡, 我市, 该县…
const NOT_A_NAME =
  /[全各每该本我此其辖社乡镇街村县区市省级和与及的等个在对向为将把从由自年度月日季]|自治|行政|以上|以下|所有|全部|上述|相关|其他|其它|部分|地$/;
// Municipalities (北京, 天津, 上海, 重庆) are provinces whose parts are districts and counties.
const MUNICIPALITY = /^(?:11|12|31|50)/;

function namesOne(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (!NOT_A_NAME.test(m[1] ?? '')) return true;
  }
  return false;
}

/**
 * @param subject the figure's subject words after the last 全市/各级 (afterLastWhole)
 * @param code the page region's GB/T 2260 code
 */
// 该县 on a city's page, 该市 on a province's: a lower region the page has just named.
const THAT_COUNTY = /该(?:区|县|旗)(?!级)/;
const THAT_CITY = /该(?:市|州|盟)(?!级)/;

export function namesALowerRegion(
  subject: string,
  level: 'province' | 'prefecture' | 'county' | undefined,
  code: string | undefined,
): boolean {
  const county = (): boolean => THAT_COUNTY.test(subject) || namesOne(subject, COUNTY_NAME);
  if (level === 'prefecture') return county();
  if (level === 'province')
    return MUNICIPALITY.test(code ?? '') ? county() : THAT_CITY.test(subject) || namesOne(subject, CITY_NAME);
  return false;
}

// 全镇各级调解组织, 该乡, 本街道: a township is below every region a GB/T 2260 code names, so its figure is a part on any
// page, unless the whole region is named after it (全镇…,全县共调解…).
const TOWNSHIP = /全(?:镇|乡|街道)|[本该我](?:镇|乡|街道)(?!级)/g;
const WHOLE_AFTER = /全(?:市|区|县|省|州|盟|旗)|[我本](?:市|区|县|省|州|盟|旗)(?!级)/;

/** @param subject the figure's whole subject words (not cut at 各级, which a township's committees also are) */
export function namesATownship(subject: string): boolean {
  let end = -1;
  TOWNSHIP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOWNSHIP.exec(subject)) !== null) end = m.index + m[0].length;
  return end >= 0 && !WHOLE_AFTER.test(subject.slice(end));
}
