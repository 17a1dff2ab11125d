// How deeply an HTML text nests its elements, counted from its tags alone, before any parser or Readability
// (whose cost grows with depth) sees it. Void and self-closed elements do not nest.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'p', 'li', 'option', 'td', 'th', 'tr']);
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g;

/** The deepest nesting seen, stopping as soon as it passes `limit`. */
export const htmlDepth = (html: string, limit = Infinity): number => {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name = '', selfClosing] of html.matchAll(TAG)) {
    const tag = name.toLowerCase();
    if (VOID.has(tag) || selfClosing) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) break;
  }
  return deepest;
};
