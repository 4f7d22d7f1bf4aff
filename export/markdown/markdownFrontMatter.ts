// The article's facts a Markdown body cannot carry, as YAML front matter (the `---` block Jekyll, Hugo,
// Pandoc and most Markdown tools read): section, tags, and the dateline and credit line as data (place,
// ISO date; role, names), so the import needs no guess from the printed lines, whatever the language. The
// body still prints the dateline and credit line for a reader. JSON schema only: every value a plain string.
import { dump, JSON_SCHEMA } from 'js-yaml';
import { parseCreditLine } from '../../common/article/creditLine';
import type { ExportMetadata } from '../documentTree/exportDocument';

export function markdownFrontMatter(meta: ExportMetadata): string {
  const credit = parseCreditLine(meta.creditLine);
  const data = {
    ...(meta.section ? { section: meta.section } : {}),
    ...(meta.tags.length > 0 ? { tags: meta.tags } : {}),
    ...(meta.dateline ? { dateline: { place: meta.dateline.place, date: meta.dateline.date } } : {}),
    ...(credit ? { credit: { role: credit.role, names: credit.names } } : {}),
  };
  if (Object.keys(data).length === 0) return '';
  return `---\n${dump(data, { schema: JSON_SCHEMA, lineWidth: -1, noRefs: true })}---`;
}
