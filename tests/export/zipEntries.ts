// Reading the zip files an export writes (a .docx is one, the hand-off package another), with fflate: the
// same library the DOCX export itself unzips with.
import fs from 'node:fs';
import { unzipSync } from 'fflate';

export type ZipEntries = Record<string, Uint8Array>;

export async function openZip(file: string): Promise<ZipEntries> {
  return unzipSync(fs.readFileSync(file));
}

export function zipBytes(zip: ZipEntries, name: string): Buffer {
  const entry = zip[name];
  if (!entry) throw new Error(`no ${name} in the zip`);
  return Buffer.from(entry);
}

export async function zipText(zip: ZipEntries, name: string): Promise<string> {
  return zipBytes(zip, name).toString('utf8');
}

/** Every file entry's name, sorted. */
export function zipNames(zip: ZipEntries): string[] {
  return Object.keys(zip)
    .filter((name) => !name.endsWith('/'))
    .sort();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_match, name: string) => entities[name]!);
}

export interface WordParagraph {
  style: string;
  text: string;
  /** The list level when the paragraph is numbered. */
  listLevel?: number;
}

/** The paragraphs of word/document.xml: style, text (a line break as \n), list level. */
export function wordParagraphs(documentXml: string): WordParagraph[] {
  return [...documentXml.matchAll(/<w:p>(.*?)<\/w:p>|<w:p [^>]*>(.*?)<\/w:p>/gs)].map((match) => {
    const xml = match[1] ?? match[2] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(xml)?.[1] ?? 'Normal';
    const level = /<w:numPr><w:ilvl w:val="(\d+)"\/>/.exec(xml)?.[1];
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((part) => (part[0] === '<w:br/>' ? '\n' : decodeXml(part[1]!))).join('');
    return { style, text, ...(level !== undefined ? { listLevel: Number(level) } : {}) };
  });
}
