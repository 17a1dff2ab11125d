// The dataset is split into one reviewable file per table; these are their names under data/.

export const DATASET_FILES = ['themes', 'regions', 'sources', 'metrics', 'observations'] as const;
export type DatasetFile = (typeof DATASET_FILES)[number];

export type DatasetFiles = Record<DatasetFile, unknown>;

export const fileName = (table: DatasetFile): string => `data/${table}.json`;

