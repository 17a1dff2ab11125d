// Runs async work with one global binding absent, then puts it back. Overlapping calls share one absence: the
// binding returns when the last of them has settled, whether it resolved or threw.
const hidden = new Map<string, { descriptor: PropertyDescriptor; users: number }>();

export const withoutGlobal = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
  const held = hidden.get(name);
  if (held) held.users++;
  else {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
    if (!descriptor?.configurable) return work();
    hidden.set(name, { descriptor, users: 1 });
    Reflect.deleteProperty(globalThis, name);
  }
  try {
    return await work();
  } finally {
    const entry = hidden.get(name)!;
    if (--entry.users === 0) {
      hidden.delete(name);
      Object.defineProperty(globalThis, name, entry.descriptor);
    }
  }
};
