// Where in an evidence clause the figure stands, so the source panel can highlight it.
const NUMBER = /[0-9０-９]+(?:[.,][0-9０-９]+)*\s*[万亿]?/g;

const toHalfWidth = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const parse = (token: string): number => {
  const t = toHalfWidth(token).replace(/\s|,/g, '');
  const scale = t.endsWith('亿') ? 1e8 : t.endsWith('万') ? 1e4 : 1;
  return Number.parseFloat(t) * scale;
};

/** [start, end) of the number token that equals `value` (or the base of a derivation), else of the first number. */
export const figureSpan = (evidence: string, values: readonly number[]): [number, number] | null => {
  const tokens = [...evidence.matchAll(NUMBER)].map((m) => ({ start: m.index, text: m[0].trimEnd() }));
  const hit = tokens.find((tk) => values.some((v) => Math.abs(parse(tk.text) - v) < 1e-6 * Math.max(1, Math.abs(v)))) ?? tokens[0];
  return hit ? [hit.start, hit.start + hit.text.length] : null;
};
