// What the first load is made of: the entry chunk and every chunk it imports statically, by package (node_modules)
// or source folder, in bytes as the bundler rendered them before minification. Pure: the build output in, rows out.

export interface ChunkLike {
  type: 'chunk' | 'asset';
  fileName: string;
  isEntry?: boolean;
  imports?: string[];
  modules?: Record<string, { renderedLength: number }>;
  /** An asset's content (index.html). */
  source?: string | Uint8Array;
}

export interface CompositionRow {
  part: string;
  bytes: number;
}

/** node_modules/@scope/name/… → @scope/name; …/src/charts/x.ts → src/charts. */
export const partOf = (id: string): string => {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
  if (pkg?.[1]) return pkg[1];
  const src = /\/(src\/[^/]+)\//.exec(id);
  return src?.[1] ?? id.replace(/^.*\//, '');
};

/** The scripts the page asks for: index.html's module scripts and preloads; else the entry chunks. */
const pageScripts = (output: readonly ChunkLike[]): string[] => {
  const html = output.find((o) => o.type === 'asset' && o.fileName === 'index.html')?.source;
  if (typeof html !== 'string') return output.filter((o) => o.isEntry).map((o) => o.fileName);
  return [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] ?? '');
};

export const firstLoadChunks = (output: readonly ChunkLike[]): ChunkLike[] => {
  const byName = new Map(output.filter((o) => o.type === 'chunk').map((c) => [c.fileName, c]));
  const seen = new Map<string, ChunkLike>();
  const visit = (chunk: ChunkLike) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports ?? []) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  for (const name of pageScripts(output)) {
    const chunk = byName.get(name);
    if (chunk) visit(chunk);
  }
  return [...seen.values()];
};

export const composition = (chunks: readonly ChunkLike[]): CompositionRow[] => {
  const bytes = new Map<string, number>();
  for (const chunk of chunks)
    for (const [id, m] of Object.entries(chunk.modules ?? {}))
      bytes.set(partOf(id), (bytes.get(partOf(id)) ?? 0) + m.renderedLength);
  return [...bytes].map(([part, n]) => ({ part, bytes: n })).sort((a, b) => b.bytes - a.bytes);
};
