// A photo's file name in an export: `<slug>-01.jpg`, numbered by first appearance with zero padding (two
// digits at least, more when the article has 100 photos or more), so the files sort in the article's order.

export function photoFileName(slug: string, number: number, photoCount: number, extension: string): string {
  return `${photoFileStem(slug, number, photoCount)}.${extension}`;
}

/** The name without its extension (`<slug>-01`), as a mail names the photo files of its package. */
export function photoFileStem(slug: string, number: number, photoCount: number): string {
  const width = Math.max(2, String(photoCount).length);
  return `${slug}-${String(number).padStart(width, '0')}`;
}
