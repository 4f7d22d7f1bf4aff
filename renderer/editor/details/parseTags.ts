/** Tags as typed in one field, separated by commas or semicolons; blanks and repeats (any case) dropped. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(/[,;]/)) {
    const tag = raw.normalize('NFC').trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase('vi');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}
