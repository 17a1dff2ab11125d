// The names of a region and of the divisions below it, from the GB/T 2260 lists (inferRegion's NamedDivision), for
// the extractor to tell a lower division's figure (英德市 on 清远's page) from the region's total.
import type { RegionNames } from '../extract/index.ts';
import type { NamedDivision } from './inferRegion.ts';

// The peoples an autonomous division is named after: 连南瑶族自治县 is 连南, 伊犁哈萨克自治州 is 伊犁.
const PEOPLES =
  '土家|苗|侗|瑶|回|彝|藏|蒙古|哈萨克|满|壮|布依|傣|景颇|傈僳|白|哈尼|拉祜|佤|纳西|羌|黎|畲|水|仡佬|毛南|仫佬|各|撒拉|土|' +
  '东乡|保安|裕固|达斡尔|鄂温克|鄂伦春|锡伯|柯尔克孜|塔吉克|朝鲜|普米|独龙|怒|阿昌|德昂|基诺|布朗|京|俄罗斯|门巴|珞巴|维吾尔';
const AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${PEOPLES})族?)+自治(州|县|旗)$`);
const LEVEL_WORD = /(?:新区|林区|特区|地区|区|县|市|旗|盟|州|省)$/;
// 城区, 郊区, 矿区, 东区: a district whose name is a common word is left to the words around it.
const GENERIC_DISTRICT = /^[\u4e00-\u9fa5]区$/;
// 新城区, 老城区, 城关区, 市中区: districts whose names are everyday words, no other region's name in a text.
const GENERIC_WORD = /^(?:新城|老城|城关|城中|城东|城西|城南|城北|市中|城|郊|矿)区$/;
// A development zone (长春高新技术产业开发区) is written out in full.
const ZONE = /开发|产业|园|示范|合作|管理|试验/;

/** A division's name without its level word, and the everyday name of an autonomous one (连南县). */
function shortForms(name: string): { stem: string; alias?: string } {
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous !== null) return { stem: autonomous[1]!, alias: `${autonomous[1]!}${autonomous[2]!}` };
  return { stem: name.replace(LEVEL_WORD, '') };
}

/**
 * The names of `code`'s region (its own, with and without the level word) and of its children and grandchildren.
 * A short form is given only when it has two characters or more, no other lower division shares it, and it is not
 * part of the region's own name (吉林 on 吉林省's page). Undefined when the code is not a known division.
 */
export function regionNames(code: string, divisions: readonly NamedDivision[]): RegionNames | undefined {
  const region = divisions.find((d) => d.code === code);
  if (region === undefined) return undefined;
  const regionShort = shortForms(region.name);
  const own = [
    ...new Set(
      [region.name, regionShort.alias, regionShort.stem].filter(
        (n): n is string => n !== undefined && n.length >= 2,
      ),
    ),
  ];
  // 东莞市 is listed as a city and again as its own county-level area, under one code.
  const byCode = new Map(
    divisions
      .filter(
        (d) =>
          d.code !== code &&
          d.parents.includes(code) &&
          !own.includes(d.name) &&
          !GENERIC_DISTRICT.test(d.name),
      )
      .map((d) => [d.code, d]),
  );
  const below = [...byCode.values()];
  const stems = new Map<string, number>();
  for (const d of below) {
    const { stem } = shortForms(d.name);
    stems.set(stem, (stems.get(stem) ?? 0) + 1);
  }
  const unambiguous = (stem: string): boolean =>
    stem.length >= 2 &&
    !ZONE.test(stem) &&
    stems.get(stem) === 1 &&
    !own.some((n) => n.includes(stem) || stem.includes(n));
  const lower: Array<{ name: string; short?: string }> = [];
  for (const d of below) {
    const { stem, alias } = shortForms(d.name);
    const short = unambiguous(stem) ? { short: stem } : {};
    lower.push({ name: d.name, ...short });
    if (alias !== undefined && !own.includes(alias)) lower.push({ name: alias, ...short });
  }
  const higher = region.parents
    .map((p) => divisions.find((d) => d.code === p))
    .filter((d): d is NamedDivision => d !== undefined)
    .flatMap((d) => {
      const { stem, alias } = shortForms(d.name);
      return [d.name, alias, stem];
    })
    .filter(
      (n): n is string =>
        n !== undefined && n.length >= 2 && !own.some((o) => o.includes(n) || n.includes(o)),
    );
  const higherNames = [...new Set(higher)];
  // Full names only (a short form is too often a word: 长安, 新华); a name the region's own or a lower or higher one
  // shares (朝阳区 of Beijing and of Changchun) is left to those.
  const taken = new Set([...own, ...lower.map((l) => l.name), ...higherNames]);
  const others = [
    ...new Set(
      divisions
        .map((d) => d.name)
        .filter(
          (n) =>
            n.length >= 3 &&
            !taken.has(n) &&
            !GENERIC_DISTRICT.test(n) &&
            !GENERIC_WORD.test(n) &&
            !ZONE.test(n),
        ),
    ),
  ];
  return { own, lower, higher: higherNames, others };
}
