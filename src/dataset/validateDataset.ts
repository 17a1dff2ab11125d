// Stage 1: raw JSON per file → a typed Dataset, or the schema problems that stop it.
import * as v from 'valibot';
import { datasetSchema, type Dataset } from './schema.ts';
import { DATASET_FILES, fileName, type DatasetFiles } from './files.ts';
import type { Problem } from './problem.ts';

export type Validated = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

const recordKey = (record: unknown): string => {
  if (typeof record !== 'object' || record === null) return '';
  const r = record as Record<string, unknown>;
  const parts = [r.region ?? r.code ?? r.id, r.year, r.metric].filter((v) => typeof v === 'string' || typeof v === 'number');
  return parts.map(String).join(' ');
};

const issueToProblem = (files: DatasetFiles, issue: v.BaseIssue<unknown>): Problem => {
  const [table, index, ...field] = (issue.path ?? []).map((item) => item.key);
  const file = typeof table === 'string' ? fileName(table as keyof DatasetFiles) : 'data';
  const records = typeof table === 'string' ? (files as Record<string, unknown>)[table] : undefined;
  const record = Array.isArray(records) && typeof index === 'number' ? records[index] : undefined;
  return {
    file,
    index: typeof index === 'number' ? index : null,
    key: recordKey(record),
    field: field.map(String).join('.'),
    message: issue.message,
  };
};

export const validateDataset = (files: DatasetFiles): Validated => {
  const whole = Object.fromEntries(DATASET_FILES.map((table) => [table, files[table]]));
  const parsed = v.safeParse(datasetSchema, whole);
  if (parsed.success) return { ok: true, dataset: parsed.output };
  return { ok: false, problems: parsed.issues.map((issue) => issueToProblem(files, issue)) };
};
