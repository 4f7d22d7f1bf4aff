// Photos chosen in the page travel as bytes (base64), never as paths, in batches the contract accepts.
import { maxPhotosPerImport, maxPhotoUploadBytes } from '../../contract/constants';

export interface PhotoUpload {
  name: string;
  bytes: string;
}

/** Splits files into calls of at most maxPhotosPerImport files and maxPhotoUploadBytes; a larger file goes alone (and is refused by name). */
export function batchFiles<T extends { size: number }>(files: readonly T[]): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    if (current.length > 0 && (current.length >= maxPhotosPerImport || bytes + file.size > maxPhotoUploadBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

export async function toUpload(file: File): Promise<PhotoUpload> {
  const dataUrl = await new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsDataURL(file);
  });
  return { name: file.name, bytes: dataUrl.slice(dataUrl.indexOf(',') + 1) };
}
