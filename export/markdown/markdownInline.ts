// Inline runs as CommonMark. Formatting is nested, not repeated per run, so bold text with an italic word
// inside is `**a *b***`, which every CommonMark parser reads back as written; whitespace stays outside the
// delimiters (`** a**` would not be bold at all). Underline has no CommonMark form and is dropped. Every
// character that could start markup is backslash-escaped, `<` and `&` included, so no text ever becomes HTML.
import type { Inline, TextRun } from '../documentTree/exportDocument';

type Mark = 'href' | 'bold' | 'italic';
const markOrder: readonly Mark[] = ['href', 'bold', 'italic'];

/** Escapes inside a line: markup characters anywhere, and what would start a block at the start of a line. */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[\\`*_[\]<>&|~]/g, '\\$&').replace(/^(\s*)([#>+=-]|\d{1,9}(?=[.)]))/, (_m, space: string, lead: string) => `${space}${/^\d/.test(lead) ? lead + '\\' : '\\' + lead}`))
    .join('\n');
}

export function inlineMarkdown(inlines: readonly Inline[]): string {
  // A break is a backslash at the end of the line: visible, and the CommonMark way.
  const lines = splitAtBreaks(inlines);
  return lines.map((line) => renderRuns(line, 0)).join('\\\n');
}

function splitAtBreaks(inlines: readonly Inline[]): TextRun[][] {
  const lines: TextRun[][] = [[]];
  for (const inline of inlines) {
    if (inline.kind === 'break') lines.push([]);
    else lines.at(-1)!.push(inline);
  }
  return lines;
}

function renderRuns(runs: readonly TextRun[], depth: number): string {
  const mark = markOrder[depth];
  if (mark === undefined) return runs.map((run) => escapeMarkdown(run.text)).join('');
  const out: string[] = [];
  for (const group of groupBy(runs, (run) => keyOf(run, mark))) {
    const inner = renderRuns(group, depth + 1);
    const key = keyOf(group[0]!, mark);
    if (!key || inner.trim() === '') {
      out.push(inner);
      continue;
    }
    const [, lead = '', core = '', trail = ''] = /^(\s*)(.*?)(\s*)$/su.exec(inner) ?? [];
    if (mark === 'href') out.push(`${lead}[${core}](${linkDestination(key)})${trail}`);
    else out.push(`${lead}${mark === 'bold' ? '**' : '*'}${core}${mark === 'bold' ? '**' : '*'}${trail}`);
  }
  return out.join('');
}

function keyOf(run: TextRun, mark: Mark): string {
  if (mark === 'href') return run.href ?? '';
  return run[mark] ? '1' : '';
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups: T[][] = [];
  let last: string | undefined;
  for (const item of items) {
    const k = key(item);
    if (groups.length > 0 && k === last) groups.at(-1)!.push(item);
    else groups.push([item]);
    last = k;
  }
  return groups;
}

/** `<…>` keeps spaces and parentheses in a URL from ending the link early. */
export function linkDestination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\\]/g, (char) => encodeURIComponent(char))}>` : url;
}
