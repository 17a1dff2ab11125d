// A data file that cannot be fetched or read becomes a LoadError naming the file, never a bare exception.
import { describe, expect, it } from 'vitest';
import { fetchJson, invalidFile, LoadError } from '../../../src/dataset/fetchJson.ts';

const answering =
  (status: number, body: string): typeof fetch =>
  async () =>
    new Response(body, { status });

const failureOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return { failure: (error as LoadError).failure, message: (error as LoadError).message };
  }
  throw new Error('expected a LoadError');
};

describe('fetchJson', () => {
  it('returns the parsed JSON of a good answer, asking for the URL it was given', async () => {
    const asked: string[] = [];
    const fetcher: typeof fetch = async (url) => {
      asked.push(String(url));
      return new Response('{"themes":[1,2]}', { status: 200 });
    };
    expect(await fetchJson('/data/themes.json', 'data/themes.json', fetcher)).toEqual({ themes: [1, 2] });
    expect(asked).toEqual(['/data/themes.json']);
  });

  it('a network failure names the file and the reason', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await failureOf(fetchJson('/x.json', 'data/regions.json', offline))).toEqual({
      failure: { kind: 'network', file: 'data/regions.json', reason: 'Failed to fetch' },
      message: 'network',
    });
  });

  it('an HTTP error is a network failure with its status', async () => {
    expect(await failureOf(fetchJson('/x.json', 'data/metrics.json', answering(404, 'not here')))).toEqual({
      failure: { kind: 'network', file: 'data/metrics.json', reason: 'HTTP 404' },
      message: 'network',
    });
  });

  it('broken JSON is a json failure naming the file', async () => {
    const { failure, message } = await failureOf(
      fetchJson('/x.json', 'data/observations.json', answering(200, '{"a":')),
    );
    expect(message).toBe('json');
    expect(failure).toMatchObject({ kind: 'json', file: 'data/observations.json' });
    expect((failure as { reason: string }).reason).not.toBe('');
  });
});

describe('invalidFile and LoadError', () => {
  it('a whole-file problem has no record index, key or field', () => {
    expect(invalidFile('data/sources.json', 'not an array')).toEqual({
      kind: 'invalid',
      problems: [{ file: 'data/sources.json', index: null, key: '', field: '', message: 'not an array' }],
    });
  });

  it('an invalid load says its problems in its message, joined by "; "', () => {
    const error = new LoadError({
      kind: 'invalid',
      problems: [
        { file: 'a', index: null, key: '', field: '', message: 'first' },
        { file: 'b', index: 0, key: 'k', field: 'f', message: 'second' },
      ],
    });
    expect(error.message).toBe('first; second');
    expect(new LoadError({ kind: 'empty' }).message).toBe('empty');
  });
});
