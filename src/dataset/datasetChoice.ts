// `?dataset=synthetic` opens the synthetic national dataset (public/synthetic/) instead of data/. It is a choice of
// data, not view state, so it stays in the URL as the filters change.
export const DATASET_PARAM = 'dataset';
export const SYNTHETIC = 'synthetic';

export const isSynthetic = (search: string): boolean =>
  new URLSearchParams(search).get(DATASET_PARAM) === SYNTHETIC;

/** The query `query` with the dataset choice of `current` carried over. */
export const keepDatasetChoice = (query: string, current: string): string => {
  if (!isSynthetic(current)) return query;
  const params = new URLSearchParams(query);
  params.set(DATASET_PARAM, SYNTHETIC);
  // serialiseFilters keeps `~` readable; so does this.
  return params.toString().replaceAll('%7E', '~');
};
