// TipTap inline content → runs of text with their formatting. Only the marks a report can hold survive (bold,
// italic, underline, and links that pass the link policy); anything else keeps its text and loses its mark.
// Neighbouring runs that look the same are joined, so every format writes as few runs as it can.
import { safeLinkHref } from '../../common/security/safeLinkHref';
import type { DocNode } from '../../contract/schemas/document';
import type { Inline, TextRun } from './exportDocument';

export function inlineRuns(nodes: readonly DocNode[]): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      runs.push({ kind: 'break' });
      continue;
    }
    if (node.type !== 'text' || !node.text) continue;
    const run = textRun(node);
    const last = runs.at(-1);
    if (last?.kind === 'text' && sameLook(last, run)) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

/** The runs as plain text, a line break as '\n'. */
export function runsText(runs: readonly Inline[]): string {
  return runs.map((run) => (run.kind === 'break' ? '\n' : run.text)).join('');
}

/** Plain text as runs: one unformatted run a line, a break between lines. */
export function textToRuns(text: string): Inline[] {
  return text
    .split('\n')
    .flatMap((line, i): Inline[] => [...(i > 0 ? [{ kind: 'break' } as const] : []), ...(line ? [plainRun(line)] : [])]);
}

/** Runs with their breaks and outer whitespace trimmed away: an empty caption is [], not [break]. */
export function trimRuns(runs: readonly Inline[]): Inline[] {
  const out = [...runs];
  while (out[0]?.kind === 'break' || (out[0]?.kind === 'text' && out[0].text.trim() === '')) out.shift();
  while (out.at(-1)?.kind === 'break' || (out.at(-1)?.kind === 'text' && (out.at(-1) as TextRun).text.trim() === '')) out.pop();
  return out;
}

function textRun(node: DocNode): TextRun {
  const run = plainRun(node.text!.normalize('NFC'));
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') run.bold = true;
    else if (mark.type === 'italic') run.italic = true;
    else if (mark.type === 'underline') run.underline = true;
    else if (mark.type === 'link') {
      const href = safeLinkHref(mark.attrs?.href);
      if (href) run.href = href;
    }
  }
  return run;
}

function plainRun(text: string): TextRun {
  return { kind: 'text', text, bold: false, italic: false, underline: false };
}

function sameLook(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.href === b.href;
}
