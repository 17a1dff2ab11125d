// A data problem a person can act on: which file, which record, which field, what is wrong.
export interface Problem {
  file: string;
  /** Index of the record in its file, or null for a problem with the whole file. */
  index: number | null;
  /** A short human key for the record, e.g. "440900 2024 mediation.cases". */
  key: string;
  field: string;
  message: string;
}

export const formatProblem = (p: Problem): string => {
  const where = p.index === null ? p.file : `${p.file} #${p.index}${p.key ? ` (${p.key})` : ''}`;
  return `${where} · ${p.field || '(record)'}: ${p.message}`;
};
