// Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock; this runs for both.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  // findBy… and waitFor wait for a state; their 1 s default is a wall-clock limit that a lazy chunk on a busy 2-core
  // machine can overrun (FilterPanelRegions failed so once). Ten seconds only bounds a test that is failing anyway.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 10_000 });
  await import('vitest-canvas-mock');
  // The canvas mock's DOMMatrix lacks rotateSelf, which ECharts uses for rotated decal patterns.
  const proto = globalThis.DOMMatrix?.prototype as { rotateSelf?: () => unknown } | undefined;
  if (proto && !proto.rotateSelf) proto.rotateSelf = function (this: unknown) {
    return this;
  };
}
