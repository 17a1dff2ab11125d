import { afterEach, describe, expect, it, vi } from 'vitest';
import { onHydrationError } from '../../../src/app/onHydrationError.ts';

describe('errors recovered from while hydrating the prerendered page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('passes over the boundary the build leaves to the browser (React error 419), and reports any other', () => {
    const reported: unknown[] = [];
    vi.stubGlobal('reportError', (e: unknown) => reported.push(e));
    onHydrationError(new Error('Minified React error #419; visit https://react.dev/errors/419 for the full message'));
    onHydrationError(new Error('The server could not finish this Suspense boundary, likely due to an error during server rendering.'));
    expect(reported).toEqual([]);
    const mismatch = new Error('Minified React error #418; visit https://react.dev/errors/418 for the full message');
    onHydrationError(mismatch);
    onHydrationError(new Error('Minified React error #4190'));
    expect(reported).toEqual([mismatch, expect.any(Error)]);
  });
});
