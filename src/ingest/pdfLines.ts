// pdf.js text items of one page → its lines, each with where it ends, so a line the page wrapped can be told
// from one the author ended.
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, x, y]: x and y place the item's baseline; d is about its font size. */
  transform: number[];
  width: number;
  hasEOL?: boolean;
}

export interface PdfLine {
  text: string;
  left: number;
  right: number;
  size: number;
}

export const pdfLines = (items: readonly PdfTextItem[]): PdfLine[] => {
  const lines: PdfLine[] = [];
  let current: PdfLine | null = null;
  let lastY = Number.NaN;
  for (const item of items) {
    const [, , , d = 0, x = 0, y = 0] = item.transform;
    const size = Math.abs(d) || 10;
    if (current !== null && Math.abs(y - lastY) > size / 2) {
      lines.push(current);
      current = null;
    }
    if (item.str !== '') {
      if (current === null) current = { text: '', left: x, right: x, size };
      current.text += item.str;
      current.left = Math.min(current.left, x);
      current.right = Math.max(current.right, x + item.width);
      current.size = Math.max(current.size, size);
      lastY = y;
    }
    if (item.hasEOL && current !== null) {
      lines.push(current);
      current = null;
    }
  }
  if (current !== null) lines.push(current);
  return lines.filter((line) => line.text.trim() !== '');
};
