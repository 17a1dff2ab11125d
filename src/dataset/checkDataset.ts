// Both stages of `data:check`: the schema first, then the consistency rules on what parsed.
import type { DatasetFiles } from './files.ts';
import type { Problem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';
import { consistencyProblems } from './consistencyRules.ts';

export const checkDataset = (files: DatasetFiles): Problem[] => {
  const validated = validateDataset(files);
  return validated.ok ? consistencyProblems(validated.dataset) : validated.problems;
};
