// A web page's article without the site's navigation and furniture: parsed by linkedom into an inert document
// (no scripts run, nothing is rendered), narrowed by Readability, and only its text kept.
import { blockText } from './blockText.ts';
import { decodeText } from './decodeText.ts';
import { htmlDepth } from './htmlDepth.ts';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.ts';
import { refuse, type ReadResult } from './types.ts';

export const htmlToText = async (html: string): Promise<ReadResult> => {
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return refuse('html_too_deep', 'html');
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom gives a fragment (HTML copied from a page) no body of its own: it is given one.
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const body = document.body ? blockText(document.body as never) : '';
  let article: string | null = null;
  try {
    const parsed = new Readability(document as never, { maxElemsToParse: MAX_HTML_ELEMENTS, charThreshold: 100 }).parse();
    if (parsed?.content) article = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as never);
  } catch {
    article = null; // too many elements, or a page Readability cannot read: the whole body's text instead
  }
  return { ok: true, text: article && article.trim() !== '' ? article : body, format: 'html' };
};

export const readHtml = async (bytes: Uint8Array): Promise<ReadResult> => {
  const decoded = decodeText(bytes, 'html');
  return decoded.ok ? htmlToText(decoded.text) : decoded;
};
