// A web page's article without the site's navigation and furniture: parsed by linkedom into an inert document
// (no scripts run, nothing is rendered), narrowed by Readability, and only its text kept.
import { blockText } from './blockText.ts';
import { decodeText } from './decodeText.ts';
import { htmlDepth } from './htmlDepth.ts';
import { MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './limits.ts';
import { refuse, type ReadResult } from './types.ts';

const MIN_TITLE = 6;

export const htmlToText = async (html: string): Promise<ReadResult> => {
  if (htmlDepth(html, MAX_HTML_DEPTH) > MAX_HTML_DEPTH) return refuse('html_too_deep', 'html');
  const [{ parseHTML }, { Readability }] = await Promise.all([import('linkedom'), import('@mozilla/readability')]);
  // linkedom gives a fragment (HTML copied from a page) no body of its own: it is given one.
  const { document } = parseHTML(/<body[\s>]/i.test(html) ? html : `<!doctype html><html><body>${html}</body></html>`);
  const body = document.body ? blockText(document.body as never) : '';
  // Readability drops a headline that repeats the page's <title>: the page's first <h1> (else that title) is the
  // report's title, so it is kept to open the text.
  const headline = (document.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  let article: string | null = null;
  try {
    const parsed = new Readability(document as never, { maxElemsToParse: MAX_HTML_ELEMENTS, charThreshold: 100 }).parse();
    if (parsed?.content) {
      article = blockText(parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`).document.body as never);
      const title = headline || (parsed.title?.replace(/\s+/g, ' ').trim() ?? '');
      if (title.length >= MIN_TITLE && !article.slice(0, 400).includes(title)) article = `${title}\n${article}`;
    }
  } catch {
    article = null; // too many elements, or a page Readability cannot read: the whole body's text instead
  }
  return { ok: true, text: article && article.trim() !== '' ? article : body, format: 'html' };
};

export const readHtml = async (bytes: Uint8Array): Promise<ReadResult> => {
  const decoded = decodeText(bytes, 'html');
  return decoded.ok ? htmlToText(decoded.text) : decoded;
};
