// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { ViewErrorBoundary } from '../../src/views/ViewErrorBoundary.tsx';

function Broken(): never {
  throw new Error('a chart that cannot be drawn');
}

it('one broken view shows a message and leaves the rest of the page alone', () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
  render(
    <main>
      <p>filters stay usable</p>
      <ViewErrorBoundary message="此视图出错，其余部分仍可使用。">
        <Broken />
      </ViewErrorBoundary>
    </main>,
  );
  expect(screen.getByRole('alert')).toHaveTextContent('此视图出错');
  expect(screen.getByText('filters stay usable')).toBeInTheDocument();
  quiet.mockRestore();
});
