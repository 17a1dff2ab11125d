// Virtual rows for a plain <table> inside a scrolling element: only the rows in view (plus a margin) are in the DOM,
// and two spacer rows keep the scroll height true. Below `from` rows every row is rendered and nothing is measured.
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RefObject } from 'react';

export const VIRTUAL_FROM = 60;

export interface VirtualRows {
  /** Indexes of the rows to render, in order. */
  indexes: number[];
  virtual: boolean;
  padTop: number;
  padBottom: number;
}

export const useVirtualRows = (count: number, scrollRef: RefObject<HTMLElement | null>, rowHeight: number): VirtualRows => {
  const virtual = count >= VIRTUAL_FROM;
  // No React Compiler here, so the virtualizer's unmemoisable API is fine: it is read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? count : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 10,
  });
  if (!virtual) return { indexes: Array.from({ length: count }, (_, i) => i), virtual, padTop: 0, padBottom: 0 };
  const items = virtualizer.getVirtualItems();
  return {
    indexes: items.map((i) => i.index),
    virtual,
    padTop: items[0]?.start ?? 0,
    padBottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
  };
};
