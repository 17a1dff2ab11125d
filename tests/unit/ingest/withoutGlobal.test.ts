// withoutGlobal: a global binding is absent while the work runs and comes back afterwards, however the work ends.
import { afterEach, describe, expect, it } from 'vitest';
import { withoutGlobal } from '../../../src/ingest/withoutGlobal.ts';

const g = globalThis as { fazhiTestBinding?: string };
const probe = () => Promise.resolve('fazhiTestBinding' in globalThis ? g.fazhiTestBinding : 'absent');

describe('withoutGlobal', () => {
  afterEach(() => delete g.fazhiTestBinding);

  it('hides the binding while the work runs and puts back the same value', async () => {
    g.fazhiTestBinding = 'native';
    expect(await withoutGlobal('fazhiTestBinding', probe)).toBe('absent');
    expect(g.fazhiTestBinding).toBe('native');
  });
  it('puts it back when the work throws', async () => {
    g.fazhiTestBinding = 'native';
    await expect(
      withoutGlobal('fazhiTestBinding', () => Promise.reject(new Error('broken pdf'))),
    ).rejects.toThrow('broken pdf');
    expect(g.fazhiTestBinding).toBe('native');
  });
  it('keeps it hidden until the last of overlapping calls has settled', async () => {
    g.fazhiTestBinding = 'native';
    let finishFirst = () => {};
    const first = withoutGlobal(
      'fazhiTestBinding',
      () => new Promise<void>((resolve) => (finishFirst = resolve)),
    );
    let seenDuringSecond = '';
    const second = withoutGlobal('fazhiTestBinding', async () => {
      seenDuringSecond = (await probe()) ?? '';
    });
    await second;
    expect(seenDuringSecond).toBe('absent');
    expect('fazhiTestBinding' in globalThis).toBe(false); // the first is still running
    finishFirst();
    await first;
    expect(g.fazhiTestBinding).toBe('native');
  });
  it('runs the work unchanged when there is no such binding', async () => {
    expect(await withoutGlobal('fazhiTestBinding', probe)).toBe('absent');
    expect('fazhiTestBinding' in globalThis).toBe(false);
  });
});
