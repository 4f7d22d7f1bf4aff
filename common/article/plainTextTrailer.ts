// Section and tags at the very end of a plain-text article, where a reader sees them and the import finds
// them again:
//
//   Tin và ảnh: Minh Khôi
//
//   ---
//   Chuyên mục: Thời sự
//   Từ khoá: thi đua, Khối cơ quan Đảng
//
// The trailer is the last block, its first line exactly `---`, every other line `<label>: <value>` with a
// known label (Vietnamese or English, any case, `Từ khoá`/`Từ khóa` alike), each label once. A reporter's
// own text never reads as one by accident: it would have to end with a `---` line followed only by such
// lines. Tags are separated by commas (a comma inside a tag splits it, as in HTML's keywords).
import type { Language } from '../i18n/languages';

export const trailerMarker = '---';

export interface Placement {
  section: string;
  tags: string[];
}

const labels: Record<Language, { section: string; tags: string }> = {
  vi: { section: 'Chuyên mục', tags: 'Từ khoá' },
  en: { section: 'Section', tags: 'Tags' },
};

const sectionLabels = new Set(['chuyên mục', 'section']);
const tagLabels = new Set(['từ khoá', 'từ khóa', 'tags']);

/** The trailer's lines, or none when there is neither a section nor a tag. */
export function trailerLines({ section, tags }: Placement, language: Language): string[] {
  const words = labels[language];
  const lines = [...(section.trim() ? [`${words.section}: ${oneLine(section)}`] : []), ...(tags.length > 0 ? [`${words.tags}: ${tags.map(oneLine).join(', ')}`] : [])];
  return lines.length > 0 ? [trailerMarker, ...lines] : [];
}

/** The placement a block (trimmed, non-blank lines) holds when it is a trailer, else undefined. */
export function readTrailer(block: readonly string[]): Placement | undefined {
  const [marker, ...lines] = block;
  if (marker !== trailerMarker || lines.length === 0 || lines.length > 2) return undefined;
  const placement: Placement = { section: '', tags: [] };
  const seen = new Set<string>();
  for (const line of lines) {
    const colon = line.indexOf(':');
    const label = line.slice(0, colon).trim().normalize('NFC').toLocaleLowerCase('vi');
    const value = line.slice(colon + 1).trim();
    const kind = sectionLabels.has(label) ? 'section' : tagLabels.has(label) ? 'tags' : undefined;
    if (colon <= 0 || !kind || seen.has(kind)) return undefined;
    seen.add(kind);
    if (kind === 'section') placement.section = value;
    else placement.tags = [...new Set(value.split(/[,;]/u).map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  }
  return placement;
}

function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}
