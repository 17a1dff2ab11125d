// pdf.js ships no types for its worker module; this layer only hands it to pdf.js as its in-thread worker.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
