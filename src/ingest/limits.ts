// Bounds that keep a hostile file from taking unbounded time or memory. A real annual report is a few MB and
// well under a hundred pages.
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
/** About 600 pages of Chinese text; the extractor is measured on 300,000 characters. */
export const MAX_TEXT_CHARS = 2 * 1024 * 1024;
export const MAX_PDF_PAGES = 1000;
/** Sum of the sizes a DOCX's zip directory declares for its parts once unpacked. */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024;
/** Readability's cost grows with nesting: 100 levels take about a second, 1,000 take minutes. */
export const MAX_HTML_DEPTH = 100;
export const MAX_HTML_ELEMENTS = 100_000;
