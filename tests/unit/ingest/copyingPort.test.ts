// The in-thread channel between pdf.js and its worker: what arrives is a copy, as a real worker would receive.
import { describe, expect, it } from 'vitest';
import { copyMessage, CopyingPort } from '../../../src/ingest/copyingPort.ts';

describe('copyMessage', () => {
  it('copies nested objects and arrays: what the sender changes afterwards does not reach the receiver', () => {
    const chunk = {
      items: [{ str: '受理案件1234件', transform: [11, 0, 0, 11, 72, 700] }],
      styles: {} as Record<string, unknown>,
    };
    const received = copyMessage({ stream: 4, chunk }) as { chunk: typeof chunk };
    chunk.items = []; // what pdf.js does with its text chunk right after sending it
    chunk.styles.f1 = { fontFamily: 'serif' };
    expect(received).toEqual({
      stream: 4,
      chunk: { items: [{ str: '受理案件1234件', transform: [11, 0, 0, 11, 72, 700] }], styles: {} },
    });
  });
  it('keeps shared references shared and survives a cycle', () => {
    const transform = [1, 0, 0, 1, 0, 0];
    const cyclic: { self?: unknown; a: number[]; b: number[] } = { a: transform, b: transform };
    cyclic.self = cyclic;
    const received = copyMessage(cyclic) as typeof cyclic;
    expect(received).not.toBe(cyclic);
    expect(received.a).not.toBe(transform);
    expect(received.a).toBe(received.b);
    expect(received.self).toBe(received);
    const list: unknown[] = ['nested'];
    list.push(list);
    const receivedList = copyMessage(list) as unknown[];
    expect(receivedList[1]).toBe(receivedList);
  });
  it('gives an object without a prototype an ordinary one, as structuredClone does', () => {
    const styles = Object.assign(Object.create(null) as object, { f1: 'serif' });
    const received = copyMessage(styles) as object;
    expect(Object.getPrototypeOf(received)).toBe(Object.prototype);
    expect(received).toEqual({ f1: 'serif' });
  });
  it('copies a buffer unless it is transferred, and then hands it over', () => {
    const kept = new Uint8Array([1, 2, 3]);
    const copied = copyMessage({ data: kept }) as { data: Uint8Array };
    expect(copied.data).not.toBe(kept);
    expect([...copied.data]).toEqual([1, 2, 3]);
    const moved = new Uint8Array([4, 5]);
    expect((copyMessage({ data: moved }, [moved.buffer]) as { data: Uint8Array }).data).toBe(moved);
  });
  it('copies an error with its name and message', () => {
    const error = new TypeError('Invalid PDF structure');
    const received = copyMessage({ reason: error }) as { reason: Error };
    expect(received.reason).not.toBe(error);
    expect(received.reason).toBeInstanceOf(TypeError);
    expect(received.reason.message).toBe('Invalid PDF structure');
  });
});

describe('CopyingPort', () => {
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('delivers a copy of each message to every listener, after the sender has gone on', async () => {
    const port = new CopyingPort();
    const seen: unknown[] = [];
    port.addEventListener('message', ({ data }) => seen.push(['main', data]));
    port.addEventListener('message', ({ data }) => seen.push(['worker', data]));
    const message = { action: 'GetPage', pageIndex: 0 };
    port.postMessage(message);
    expect(seen).toEqual([]);
    message.pageIndex = 7;
    await flush();
    expect(seen).toEqual([
      ['main', { action: 'GetPage', pageIndex: 0 }],
      ['worker', { action: 'GetPage', pageIndex: 0 }],
    ]);
  });
  it('stops delivering to a listener when its signal aborts, when it is removed and after terminate', async () => {
    const port = new CopyingPort();
    const seen: string[] = [];
    const controller = new AbortController();
    const removed = () => seen.push('removed');
    port.addEventListener('message', () => seen.push('aborted'), { signal: controller.signal });
    port.addEventListener('message', removed);
    port.addEventListener('message', () => seen.push('kept'));
    controller.abort();
    port.removeEventListener('message', removed);
    port.addEventListener('message', () => seen.push('already aborted'), { signal: controller.signal });
    port.postMessage('first');
    await flush();
    port.terminate();
    port.postMessage('second');
    await flush();
    expect(seen).toEqual(['kept']);
  });
});
