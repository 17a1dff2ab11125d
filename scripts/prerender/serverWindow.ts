// What the app reads of `window` while it renders, as a first-time visitor's browser would answer: no query, no
// saved choices or reports, a light system scheme, a wide screen. Nothing else of the browser is imitated (ECharts
// must see no `document`: it then measures text without a canvas).
const memoryStorage = (): Pick<Storage, 'getItem' | 'setItem'> => {
  const items = new Map<string, string>();
  return { getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
};

export const installServerWindow = (): void => {
  const quietList = { matches: false, addEventListener: () => {}, removeEventListener: () => {} };
  Object.assign(globalThis, {
    window: {
      location: { pathname: '/', search: '', hash: '' },
      localStorage: memoryStorage(),
      matchMedia: () => quietList,
      addEventListener: () => {},
      removeEventListener: () => {},
    },
  });
};
