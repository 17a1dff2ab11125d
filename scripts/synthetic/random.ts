// Seeded randomness: every stream is derived from the seed and a name, so a region's values do not depend on which
// other regions or metrics were generated (a small test run draws the same numbers as the full dataset).

/** FNV-1a over the text, mixed with the seed: a 32-bit stream id. */
export const hashSeed = (seed: number, ...parts: string[]): number => {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (const ch of parts.join('\u0000')) {
    h ^= ch.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** exp(N(0, sigma²)): a multiplicative spread around 1. */
  spread(sigma: number): number;
  between(low: number, high: number): number;
}

/** mulberry32: small, fast and good enough for plausible fake figures. */
export const random = (seed: number): Random => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  return {
    next,
    normal,
    spread: (sigma) => Math.exp(sigma * normal()),
    between: (low, high) => low + (high - low) * next(),
  };
};
