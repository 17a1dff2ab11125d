// The text the extractor reads: a table's rows and a post's numbers written before their words first rewritten as
// sentences (tableRows.ts, numbersFirst.ts), then normalised (normalizeText.ts). Each stage maps its characters to
// the text it was given; here the maps are composed, so every position still points into the original text and the
// evidence is cut verbatim from it.
import { normalizeText, type NormalizedText } from './normalizeText.ts';
import { numbersFirstAsSentences } from './numbersFirst.ts';
import type { RewrittenText } from './rewrittenText.ts';
import { tablesAsSentences } from './tableRows.ts';

interface Mapped {
  text: string;
  /** Positions into the original text; absent while the text is the original itself. */
  pos?: Int32Array;
}

/** `text` through one rewrite, its positions still into the original. */
function through(text: Mapped, rewrite: (t: string) => RewrittenText | null): Mapped {
  const out = rewrite(text.text);
  if (out === null) return text;
  const { pos } = text;
  return { text: out.text, pos: pos === undefined ? out.pos : out.pos.map((i) => pos[i] ?? i) };
}

/** The original text as the extractor reads it, with every position mapped back to `original`. */
export function readingText(original: string): NormalizedText {
  const rewritten = through(through({ text: original }, tablesAsSentences), numbersFirstAsSentences);
  const norm = normalizeText(rewritten.text);
  const { pos } = rewritten;
  return pos === undefined ? norm : { text: norm.text, pos: norm.pos.map((i) => pos[i] ?? i) };
}
