// Runs the extractor off the main thread so a long report never freezes the page.
import { extractFigures } from '../extract/extractFigures.ts';
import type { ExtractOptions } from '../extract/types.ts';

self.onmessage = (event: MessageEvent<{ text: string; options: ExtractOptions }>) => {
  try {
    self.postMessage({ ok: true, candidates: extractFigures(event.data.text, event.data.options) });
  } catch (error) {
    self.postMessage({ ok: false, message: String(error) });
  }
};
