// Both stages of `data:check`: the schema first, then the consistency rules on what parsed. Rules that read the
// source texts run when they are given (null on a machine without ../shared).
import type { DatasetFiles } from './files.ts';
import type { Problem } from './problem.ts';
import { validateDataset } from './validateDataset.ts';
import { consistencyProblems } from './consistencyRules.ts';
import { ATTRIBUTE_RULES } from './attributeRules.ts';
import { TEXT_RULES } from './textRules.ts';
import type { SourceTexts } from './sourceTexts.ts';

export const checkDataset = (files: DatasetFiles, texts: SourceTexts | null = null): Problem[] => {
  const validated = validateDataset(files);
  if (!validated.ok) return validated.problems;
  const d = validated.dataset;
  return [
    ...consistencyProblems(d),
    ...Object.values(ATTRIBUTE_RULES).flatMap((rule) => rule(d)),
    ...Object.values(TEXT_RULES).flatMap((rule) => rule(d, texts)),
  ];
};
