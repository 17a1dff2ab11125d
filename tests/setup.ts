// Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock; this runs for both.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
  // The canvas mock's DOMMatrix lacks rotateSelf, which ECharts uses for rotated decal patterns.
  const proto = globalThis.DOMMatrix?.prototype as { rotateSelf?: () => unknown } | undefined;
  if (proto && !proto.rotateSelf) proto.rotateSelf = function (this: unknown) {
    return this;
  };
}
