// YAML front matter at the top of a Markdown file (`---` … `---`), as our Markdown export writes it and as
// Jekyll, Hugo and Pandoc files carry it: section, tags, dateline (place, ISO date) and credit (role, names)
// are read; any other key is left alone. Front matter that is not valid YAML, or not a mapping, is no front
// matter: the file is read whole, as a Markdown tool without front matter support would.
import { load, JSON_SCHEMA } from 'js-yaml';
import { creditRoles, type Credit, type CreditRole } from '../../common/article/creditLine';
import { isIsoDate, type Dateline } from '../../common/article/dateline';

export interface FrontMatter {
  section?: string;
  tags?: string[];
  dateline?: Dateline;
  credit?: Credit;
}

const block = /^---[ \t]*\n([\s\S]*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|$)/u;

/** The front matter and the Markdown after it (the text unchanged when there is none). */
export function splitFrontMatter(text: string): { frontMatter: FrontMatter; markdown: string } {
  const normalized = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');
  const match = block.exec(normalized);
  if (!match) return { frontMatter: {}, markdown: text };
  let data: unknown;
  try {
    data = load(match[1] ?? '', { schema: JSON_SCHEMA });
  } catch {
    return { frontMatter: {}, markdown: text };
  }
  if (data !== null && (typeof data !== 'object' || Array.isArray(data))) return { frontMatter: {}, markdown: text };
  return { frontMatter: readFields((data ?? {}) as Record<string, unknown>), markdown: normalized.slice(match[0].length) };
}

function readFields(data: Record<string, unknown>): FrontMatter {
  const fields: FrontMatter = {};
  if (typeof data.section === 'string' && data.section.trim()) fields.section = data.section.trim();
  const tags = typeof data.tags === 'string' ? data.tags.split(',') : Array.isArray(data.tags) ? data.tags : [];
  const tagTexts = [...new Set(tags.filter((tag): tag is string => typeof tag === 'string').map((tag) => tag.trim()).filter((tag) => tag !== ''))];
  if (tagTexts.length > 0) fields.tags = tagTexts;
  const dateline = record(data.dateline);
  if (dateline && typeof (dateline.place ?? '') === 'string' && (dateline.date === null || dateline.date === undefined || (typeof dateline.date === 'string' && isIsoDate(dateline.date)))) {
    fields.dateline = { place: ((dateline.place as string | undefined) ?? '').trim(), date: (dateline.date as string | null | undefined) ?? null };
  }
  const credit = record(data.credit);
  if (credit && creditRoles.includes(credit.role as CreditRole) && typeof credit.names === 'string' && credit.names.trim()) {
    fields.credit = { role: credit.role as CreditRole, names: credit.names.trim() };
  }
  return fields;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
