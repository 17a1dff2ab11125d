// PDFs printed with CJK fonts often map a glyph to the radical code point that shares its shape (⾏ U+2F8F for 行,
// ⺠ U+2EA0 for 民), so the text layer reads right but matches nothing. Kangxi radicals have compatibility forms
// (NFKC); the radicals supplement does not, so its simplified forms are mapped after Unicode's
// EquivalentUnifiedIdeograph.txt.
const SUPPLEMENT: Record<string, string> = {
  '⺌': '小', '⺜': '日', '⺝': '月', '⺟': '母', '⺠': '民', '⺧': '牛', '⺩': '王', '⺮': '竹', '⻁': '虎', '⻄': '西',
  '⻅': '见', '⻆': '角', '⻉': '贝', '⻊': '足', '⻋': '车', '⻓': '长', '⻔': '门', '⻗': '雨', '⻘': '青', '⻙': '韦',
  '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤',
  '⻨': '麦', '⻩': '黄', '⻪': '黾', '⻬': '齐', '⻮': '齿', '⻰': '龙', '⻳': '龟',
};

export const unifyRadicals = (text: string): string =>
  text.replace(/[\u2e80-\u2eff\u2f00-\u2fdf]/g, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'));
