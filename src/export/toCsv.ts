// A table → CSV text: UTF-8 with a byte-order mark (so Excel reads Chinese), CRLF lines, text cells made formula-safe.
import Papa from 'papaparse';
import { neutraliseFormula } from './neutraliseFormula.ts';

export type CsvCell = string | number | null;

export interface CsvTable {
  fields: string[];
  rows: CsvCell[][];
}

export const BOM = '\uFEFF';

// Numbers stay numbers: a negative number is a value, not a formula.
const safeCell = (cell: CsvCell): string | number => (cell === null ? '' : typeof cell === 'number' ? cell : neutraliseFormula(cell));

export const toCsv = ({ fields, rows }: CsvTable): string =>
  BOM + Papa.unparse({ fields: fields.map(neutraliseFormula), data: rows.map((r) => r.map(safeCell)) }, { newline: '\r\n', escapeFormulae: false });
