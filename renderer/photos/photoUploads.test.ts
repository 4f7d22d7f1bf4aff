import { describe, expect, it } from 'vitest';
import { maxPhotosPerImport, maxPhotoUploadBytes } from '../../contract/schemas/photo';
import { batchFiles } from './photoUploads';

const file = (size: number) => ({ size });

describe('batchFiles', () => {
  it('keeps each call within the contract’s file count and byte budget', () => {
    const files = Array.from({ length: 45 }, () => file(1000));
    expect(batchFiles(files).map((batch) => batch.length)).toEqual([maxPhotosPerImport, maxPhotosPerImport, 5]);
    const big = [file(maxPhotoUploadBytes / 2), file(maxPhotoUploadBytes / 2), file(10)];
    expect(batchFiles(big).map((batch) => batch.length)).toEqual([2, 1]);
  });

  it('sends an oversized file alone, so the refusal names it and the others still go', () => {
    const files = [file(10), file(maxPhotoUploadBytes * 2), file(10)];
    expect(batchFiles(files).map((batch) => batch.length)).toEqual([1, 1, 1]);
  });

  it('makes no call for no files', () => {
    expect(batchFiles([])).toEqual([]);
  });
});
