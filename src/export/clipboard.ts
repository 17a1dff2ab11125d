// What the browser lets us put on the clipboard: text almost everywhere, PNG images only in secure contexts that support ClipboardItem.
export const canCopyText = (): boolean => typeof navigator !== 'undefined' && typeof navigator.clipboard?.writeText === 'function';

export const canCopyImage = (): boolean => {
  if (typeof window === 'undefined' || !window.isSecureContext || typeof ClipboardItem === 'undefined') return false;
  if (typeof navigator.clipboard?.write !== 'function') return false;
  const supports = (ClipboardItem as unknown as { supports?: (type: string) => boolean }).supports;
  return supports ? supports('image/png') : true;
};

export const copyText = (text: string): Promise<void> => navigator.clipboard.writeText(text);

/** The blob is handed over as a promise, so Safari keeps the click's permission while the PNG is drawn. */
export const copyPng = (png: Promise<Blob>): Promise<void> => navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
