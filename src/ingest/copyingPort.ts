// The channel between pdf.js and its worker when both run in this thread (in Node, and inside the dashboard's own
// Web Worker). pdf.js's own loopback copies every message with structuredClone, which for the ~58,000 text items of a
// 100-page report cost a tenth of reading it; this copies the same plain data in JavaScript, as the receiver would see
// it after structuredClone: fresh objects and arrays, shared references kept shared, buffers copied unless transferred.
type Listener = (event: { data: unknown }) => void;

export const copyMessage = (value: unknown, transfer: readonly unknown[] = []): unknown => {
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    let out: unknown;
    if (Array.isArray(v)) {
      const array = new Array<unknown>(v.length);
      copies.set(v, array);
      for (let i = 0; i < v.length; i++) array[i] = copy(v[i]);
      out = array;
    } else if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) {
      const buffer = v instanceof ArrayBuffer ? v : v.buffer;
      out = transfer.includes(buffer) ? v : structuredClone(v);
    } else if (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null) {
      const object: Record<string, unknown> = {};
      copies.set(v, object);
      for (const key of Object.keys(v)) object[key] = copy((v as Record<string, unknown>)[key]);
      out = object;
    } else out = structuredClone(v); // errors, maps and anything else pdf.js may send: the platform's own copy
    copies.set(v, out);
    return out;
  };
  return copy(value);
};

/** Both ends of the channel: a message posted by either end reaches every listener, a microtask later. */
export class CopyingPort {
  #listeners = new Set<Listener>();

  postMessage(message: unknown, transfer?: readonly unknown[]): void {
    const event = { data: copyMessage(message, transfer) };
    void Promise.resolve().then(() => {
      for (const listener of this.#listeners) listener.call(this, event);
    });
  }

  addEventListener(_type: 'message', listener: Listener, options?: { signal?: AbortSignal }): void {
    if (options?.signal?.aborted) return;
    this.#listeners.add(listener);
    options?.signal?.addEventListener('abort', () => this.#listeners.delete(listener), { once: true });
  }

  removeEventListener(_type: 'message', listener: Listener): void {
    this.#listeners.delete(listener);
  }

  terminate(): void {
    this.#listeners.clear();
  }
}
