// The whole dataset as one JSON object with the five tables of data/*.json, in their order and shape.
import type { Dataset } from '../dataset/schema.ts';
import { DATASET_FILES } from '../dataset/files.ts';

export const datasetJson = (dataset: Dataset): string =>
  `${JSON.stringify(Object.fromEntries(DATASET_FILES.map((table) => [table, dataset[table]])), null, 2)}\n`;
