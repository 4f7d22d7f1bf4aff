// A file is what its first bytes say, whatever its name: a photo format Newsdesk takes, something else it can
// name in the refusal, or unknown.
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../photos/sniffFormat';
import { heicHeader, pdfBytes, pixelBombPng, solidImage, twoColourJpeg, zipBytes } from './photoFixtures';

const kindOf = (bytes: Uint8Array, name = 'anh.jpg') => {
  const sniffed = sniffFormat(bytes.subarray(0, 64), name);
  return sniffed.kind === 'photo' ? sniffed.type.format : sniffed.kind === 'other' ? `other:${sniffed.name}` : 'unknown';
};

describe('sniffFormat', () => {
  it('recognises every photo format sharp draws, whatever the file is called', async () => {
    expect(kindOf(await twoColourJpeg(8, 8), 'anh.png')).toBe('jpeg');
    expect(kindOf(await solidImage('png'))).toBe('png');
    expect(kindOf(await solidImage('webp'))).toBe('webp');
    expect(kindOf(await solidImage('tiff'), 'scan.TIF')).toBe('tiff');
    expect(kindOf(await solidImage('avif'))).toBe('avif');
    expect(kindOf(pixelBombPng())).toBe('png');
  });

  it('tells HEIC from AVIF and from video by the ftyp brands', () => {
    expect(kindOf(heicHeader(), 'IMG_0001.HEIC')).toBe('heic');
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 20]), Buffer.from('ftypisom\0\0\0\0mp41', 'latin1'), Buffer.alloc(40)]);
    expect(kindOf(mp4, 'clip.jpg')).toBe('other:MP4/MOV');
  });

  it('names what a disguised file really is', async () => {
    expect(kindOf(pdfBytes())).toBe('other:PDF');
    expect(kindOf(await zipBytes(await twoColourJpeg(8, 8)))).toBe('other:ZIP');
    expect(kindOf(Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1'))).toBe('other:GIF');
    expect(kindOf(Buffer.from('\uFEFF<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>', 'utf8'), 'logo.jpg')).toBe('other:SVG');
    expect(kindOf(Buffer.from('<!doctype html><title>x</title>', 'utf8'))).toBe('other:HTML/XML');
  });

  it('refuses camera raw files, TIFF inside, by their extension', async () => {
    const tiff = await solidImage('tiff');
    expect(kindOf(tiff, 'DSC_0001.NEF')).toBe('other:camera RAW');
    expect(kindOf(tiff, 'IMG_0001.cr2')).toBe('other:camera RAW');
    expect(kindOf(tiff, 'scan.tiff')).toBe('tiff');
  });

  it('knows nothing of text, random bytes or a header cut short', () => {
    expect(kindOf(Buffer.from('Ảnh: Minh Khôi', 'utf8'))).toBe('unknown');
    expect(kindOf(Buffer.from([0xff, 0xd8]))).toBe('unknown');
    expect(kindOf(Buffer.from([0x89, 0x50, 0x4e]))).toBe('unknown');
  });
});
