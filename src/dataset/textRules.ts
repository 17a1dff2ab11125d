// data:check rules that read the source texts (../shared): run only when the texts are there.
import type { Dataset, Source } from './schema.ts';
import { fileName } from './files.ts';
import type { Problem } from './problem.ts';
import { obsProblem } from './consistencyRules.ts';
import type { SourceTexts } from './sourceTexts.ts';

export type TextRule = (d: Dataset, texts: SourceTexts | null) => Problem[];

const textsBySource = (d: Dataset, texts: SourceTexts) =>
  new Map(d.sources.map((s) => [s.id, texts.textOf(s)] as const));

/** A period's phrase is the report's own words: in the evidence, or (when the texts are there) elsewhere in the source. */
export const periodPhraseQuoted: TextRule = (d, texts) => {
  const textOf = texts ? textsBySource(d, texts) : null;
  return d.observations.flatMap((o, i) => {
    const phrase = o.period.phrase;
    if (phrase === undefined || o.evidence.includes(phrase)) return [];
    const text = textOf?.get(o.source);
    if (text === undefined || text === null || text.includes(phrase)) return [];
    return [
      obsProblem(
        o,
        i,
        'period.phrase',
        `"${phrase}" occurs neither in the evidence nor in the text of source ${o.source}`,
      ),
    ];
  });
};

/** Every evidence span is verbatim in its source's text; a source whose text is missing is one problem of its own. */
export const evidenceInSource: TextRule = (d, texts) => {
  if (!texts) return [];
  const textOf = textsBySource(d, texts);
  // A source with neither a file nor a corpus_id (or both) is oneSourceText's problem, not a missing text.
  const missing = d.sources.flatMap((s: Source, i): Problem[] =>
    textOf.get(s.id) === null && (s.file === undefined) !== (s.corpus_id === undefined)
      ? [
          {
            file: fileName('sources'),
            index: i,
            key: s.id,
            field: s.file ? 'file' : 'corpus_id',
            message: `no text at ${texts.placeOf(s)}`,
          },
        ]
      : [],
  );
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));
  const notVerbatim = d.observations.flatMap((o, i) => {
    const text = textOf.get(o.source);
    const source = sourceById.get(o.source);
    return source && text && !text.includes(o.evidence)
      ? [obsProblem(o, i, 'evidence', `"${o.evidence}" is not verbatim in ${texts.placeOf(source)}`)]
      : [];
  });
  return [...missing, ...notVerbatim];
};

export const TEXT_RULES: Record<string, TextRule> = { periodPhraseQuoted, evidenceInSource };
