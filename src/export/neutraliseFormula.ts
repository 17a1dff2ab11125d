// Spreadsheets run a cell that starts with = + - @ (or a tab or CR) as a formula; a leading apostrophe keeps it text.
// Papa's own escapeFormulae misses such a cell when it spans lines (its pattern has no dotAll), so this is done here.
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);
