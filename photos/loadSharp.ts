// sharp is loaded on first use, not when the library opens: the CLI's article commands never pay for it.
// libvips' operation cache is off: each photo is read once, and a cache would only hold pixels in memory.
import type sharpModule from 'sharp';

export type Sharp = typeof sharpModule;

let loading: Promise<Sharp> | undefined;

export function loadSharp(): Promise<Sharp> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.cache(false);
    return sharp;
  });
  return loading;
}

/** HEIC needs an HEVC decoder, which sharp's bundled libvips leaves out; a system libvips may have one. */
export async function readsHeic(): Promise<boolean> {
  const sharp = await loadSharp();
  return sharp.format.heif.input.fileSuffix?.includes('.heic') ?? false;
}
