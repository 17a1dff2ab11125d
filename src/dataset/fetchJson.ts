// One way to fetch a data file for both loaders (data/ and the synthetic shards): a network failure, an HTTP error and
// broken JSON each become a readable LoadFailure naming the file, never an unexplained exception.
import type { Problem } from './problem.ts';

export type LoadFailure =
  | { kind: 'network'; file: string; reason: string }
  | { kind: 'json'; file: string; reason: string }
  | { kind: 'invalid'; problems: Problem[] }
  | { kind: 'empty' };

export class LoadError extends Error {
  constructor(readonly failure: LoadFailure) {
    super(failure.kind === 'invalid' ? failure.problems.map((p) => p.message).join('; ') : failure.kind);
  }
}

/** A whole-file problem as a LoadFailure. */
export const invalidFile = (file: string, message: string): LoadFailure => ({
  kind: 'invalid',
  problems: [{ file, index: null, key: '', field: '', message }],
});

export const fetchJson = async (url: string, file: string, fetcher: typeof fetch): Promise<unknown> => {
  let response: Response;
  try {
    response = await fetcher(url);
  } catch (error) {
    throw new LoadError({ kind: 'network', file, reason: (error as Error).message });
  }
  if (!response.ok) throw new LoadError({ kind: 'network', file, reason: `HTTP ${response.status}` });
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new LoadError({ kind: 'json', file, reason: (error as Error).message });
  }
};
