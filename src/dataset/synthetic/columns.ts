// Cheap structural checks for columnar files: each column an array of the same length, each cell of the right kind.
// A loop over typed cells costs milliseconds where a per-record schema parse of a million records costs seconds.

export type Cell = 'string' | 'int' | 'number';

const isCell: Record<Cell, (v: unknown) => boolean> = {
  string: (v) => typeof v === 'string',
  int: (v) => Number.isInteger(v),
  number: (v) => typeof v === 'number' && Number.isFinite(v),
};

/** The first problem found, in words, or null when every column is there, of one length, and well typed. */
export const columnProblem = (raw: unknown, columns: Record<string, Cell>): string | null => {
  if (typeof raw !== 'object' || raw === null) return 'not an object';
  const record = raw as Record<string, unknown>;
  let length: number | undefined;
  for (const [name, cell] of Object.entries(columns)) {
    const column = record[name];
    if (!Array.isArray(column)) return `column "${name}" is missing or not an array`;
    length ??= column.length;
    if (column.length !== length) return `column "${name}" has ${column.length} cells, expected ${length}`;
    const ok = isCell[cell];
    for (let i = 0; i < column.length; i++)
      if (!ok(column[i])) return `column "${name}" cell ${i} is not a ${cell}`;
  }
  return null;
};
