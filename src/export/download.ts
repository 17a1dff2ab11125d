// Saves a blob under a name: an object URL on a clicked <a download>, revoked once the browser has taken it.
export const downloadBlob = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking in the same task can cancel the download in some browsers.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

export const textBlob = (text: string, type: string): Blob => new Blob([text], { type: `${type};charset=utf-8` });
