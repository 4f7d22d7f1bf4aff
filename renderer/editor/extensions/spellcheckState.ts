// The spellcheck plugin's state and how a transaction moves it on. On the typing path this must cost next to
// nothing in a 10,000-word article: findings and their decorations are mapped through the edit (a mapped
// DecorationSet keeps the untouched blocks' parts, so the view compares them by identity), and the counts per
// kind stay the same object. Only a check's answer, an "Ignore here" or the switch changes which decorations
// exist, and then only the ones that differ are removed or added.
// The word being typed is not underlined until the caret leaves it: a new finding at the caret is held back
// (it is still a finding: counted, and its menu opens). Besides being what a reader of a half-typed word
// expects, an underline coming and going under the caret makes the view redraw the text being typed and set
// the DOM selection again, which forces a layout of the page at each keystroke.
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { isStyleKind, type BlockFinding, type FindingKind } from '../../../common/spelling/findings';

export interface EditorFinding extends BlockFinding {
  /** Document positions of the finding's text. */
  from: number;
  to: number;
  /** Index of its text block in the document, in reading order. */
  block: number;
}

/** What "Ignore here" remembers: this text at this place, mapped through later edits. */
export interface IgnoredSpan {
  from: number;
  to: number;
  text: string;
}

/** Findings per kind (kinds with none left out): what the checks panel shows. */
export type FindingCounts = Readonly<Partial<Record<FindingKind, number>>>;

export interface SpellcheckState {
  enabled: boolean;
  findings: EditorFinding[];
  /** A new object only when a count changes, so a panel showing them need not re-render while typing. */
  counts: FindingCounts;
  decorations: DecorationSet;
  ignored: IgnoredSpan[];
  /** Bumped by recheckSpelling: the scheduler forgets what it checked. */
  generation: number;
  /** The last findings came while the reporter was typing: new ones at the caret are held back. */
  holding: boolean;
  /** How many findings are held back (not drawn) now. */
  held: number;
}

export type SpellcheckMeta =
  | { type: 'findings'; findings: EditorFinding[]; holdAtCaret: boolean }
  | { type: 'ignore'; span: IgnoredSpan }
  | { type: 'enabled'; enabled: boolean }
  | { type: 'recheck' };

export const spellcheckKey = new PluginKey<SpellcheckState>('spellcheck');

const noFindings: EditorFinding[] = [];
const noCounts: FindingCounts = {};

export const initialSpellcheckState = (): SpellcheckState => ({
  enabled: true,
  findings: noFindings,
  counts: noCounts,
  decorations: DecorationSet.empty,
  ignored: [],
  generation: 0,
  holding: false,
  held: 0,
});

export function metaOf(tr: Transaction): SpellcheckMeta[] {
  return (tr.getMeta(spellcheckKey) as SpellcheckMeta[] | undefined) ?? [];
}

export function currentFindings(state: EditorState): EditorFinding[] {
  return spellcheckKey.getState(state)?.findings ?? noFindings;
}

export function findingCounts(state: EditorState): FindingCounts {
  return spellcheckKey.getState(state)?.counts ?? noCounts;
}

export function applyTransaction(tr: Transaction, state: SpellcheckState, next: EditorState): SpellcheckState {
  const actions = metaOf(tr);
  // The caret leaving a held-back finding draws it.
  const caretMoved = state.held > 0 && tr.selectionSet && !tr.docChanged;
  if (!tr.docChanged && actions.length === 0 && !caretMoved) return state;
  const { doc, selection } = next;
  let { enabled, findings, ignored, generation, decorations, holding, held } = state;
  // Same sides as an inline decoration that is not inclusive: text typed at either edge stays outside.
  const mapSpan = <T extends { from: number; to: number }>(span: T): T => ({ ...span, from: tr.mapping.map(span.from, 1), to: tr.mapping.map(span.to, -1) });
  if (tr.docChanged) {
    if (ignored.length > 0) ignored = ignored.map(mapSpan).filter((span) => span.to > span.from);
    if (findings.length > 0) {
      findings = findings.map(mapSpan).filter((finding) => finding.to > finding.from);
      decorations = decorations.map(tr.mapping, doc);
    }
  }
  let replaced = false;
  for (const meta of actions) {
    if (meta.type === 'recheck') generation += 1;
    if (meta.type === 'enabled') enabled = meta.enabled;
    if (meta.type === 'ignore') ignored = [...ignored, meta.span];
    if (meta.type === 'findings') ({ findings, holdAtCaret: holding } = meta);
    replaced ||= meta.type === 'findings' || meta.type === 'ignore';
  }
  if (!enabled) findings = noFindings;
  if (ignored.length > 0 && replaced) {
    const isIgnored = (finding: EditorFinding) => ignored.some((span) => span.from === finding.from && span.to === finding.to && span.text === finding.text);
    findings = findings.filter((finding) => !isIgnored(finding));
  }
  if (!enabled) {
    decorations = DecorationSet.empty;
    held = 0;
  } else if (replaced || enabled !== state.enabled || caretMoved) {
    const caret = holding && selection.empty ? selection.head : null;
    ({ decorations, held } = syncDecorations(decorations, doc, findings, caret));
  }
  const counts = findings.length === state.findings.length && !replaced ? state.counts : countKinds(findings, state.counts);
  return { enabled, findings, counts, decorations, ignored, generation, holding, held };
}

/** How the finding is drawn; the spec keeps its kind to compare with the findings later. */
function decorationOf(finding: EditorFinding): Decoration {
  return Decoration.inline(
    finding.from,
    finding.to,
    { class: isStyleKind(finding.kind) ? 'check-style' : 'check-spelling', 'data-check-kind': finding.kind },
    { kind: finding.kind },
  );
}

const placeKey = (from: number, to: number, kind: unknown) => `${from}:${to}:${String(kind)}`;

/**
 * The set with one decoration per finding: those already drawn in place stay, the rest come and go, except
 * that a finding not yet drawn is held back while the caret (when given) is inside it or at either end.
 */
function syncDecorations(
  set: DecorationSet,
  doc: ProseMirrorNode,
  findings: readonly EditorFinding[],
  caret: number | null,
): { decorations: DecorationSet; held: number } {
  const wanted = new Map<string, EditorFinding[]>();
  for (const finding of findings) {
    const key = placeKey(finding.from, finding.to, finding.kind);
    wanted.set(key, [...(wanted.get(key) ?? []), finding]);
  }
  const stale = set.find().filter((decoration) => {
    const waiting = wanted.get(placeKey(decoration.from, decoration.to, (decoration.spec as { kind?: FindingKind }).kind));
    return !waiting?.pop();
  });
  const waiting = [...wanted.values()].flat();
  const fresh = waiting.filter((finding) => caret === null || caret < finding.from || caret > finding.to).map(decorationOf);
  const held = waiting.length - fresh.length;
  if (stale.length === 0 && fresh.length === 0) return { decorations: set, held };
  return { decorations: set.remove(stale).add(doc, fresh), held };
}

function countKinds(findings: readonly EditorFinding[], previous: FindingCounts): FindingCounts {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  const kinds = Object.keys(counts) as FindingKind[];
  const same = kinds.length === Object.keys(previous).length && kinds.every((kind) => previous[kind] === counts[kind]);
  return same ? previous : counts;
}
