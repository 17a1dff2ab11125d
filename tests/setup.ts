// Component tests opt into jsdom with a `// @vitest-environment jsdom` docblock; this runs for both.
import '@testing-library/jest-dom/vitest';

if (typeof window !== 'undefined') {
  await import('vitest-canvas-mock');
}
