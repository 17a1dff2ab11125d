// pdf.js ships no types for its worker module; this layer only starts it on a port of its own (readPdf.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: { initializeFromPort(port: unknown): void };
}
