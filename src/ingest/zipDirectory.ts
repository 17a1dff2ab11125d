// The entries a zip's central directory declares, read without unpacking anything.
import { unzipSync } from 'fflate';

export interface ZipEntry {
  name: string;
  /** Size once unpacked, as the directory declares it. */
  declaredSize: number;
}

/** The zip's entries, or null when it is not a readable zip. */
export const zipDirectory = (bytes: Uint8Array): ZipEntry[] | null => {
  const entries: ZipEntry[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, declaredSize: file.originalSize });
        return false; // list only: nothing is inflated
      },
    });
  } catch {
    return null;
  }
  return entries;
};
