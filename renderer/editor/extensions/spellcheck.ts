// Spelling and house style as you type: every text block's findings become inline decorations (spelling
// wavy red, style dotted blue). A check runs a moment after the last change, over the blocks whose text is
// new (findings are kept per block text), through the host's `check` (the Web Worker), so typing never
// waits. A click on a finding, or the context-menu key (or Shift+F10) with the caret in one, asks the host
// to open the suggestion menu. Findings map through edits until the next check replaces them.
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { isStyleKind, type BlockFinding, type FindingKind } from '../../../common/spelling/findings';

export interface EditorFinding extends BlockFinding {
  /** Document positions of the finding's text. */
  from: number;
  to: number;
  /** Index of its text block in the document, in reading order. */
  block: number;
}

/** What "Ignore here" remembers: this text at this place, mapped through later edits. */
interface IgnoredSpan {
  from: number;
  to: number;
  text: string;
}

export interface SpellcheckOptions {
  /** Findings of each block text, in order (the worker); never called for a text checked before. */
  check: (texts: string[]) => Promise<BlockFinding[][]>;
  onFindings: (findings: EditorFinding[]) => void;
  onOpenMenu: (finding: EditorFinding, at: { left: number; top: number; bottom: number }) => void;
  /** Quiet time after the last change before a check. */
  delayMs: number;
}

interface SpellcheckState {
  enabled: boolean;
  findings: EditorFinding[];
  decorations: DecorationSet;
  ignored: IgnoredSpan[];
  /** Bumped by recheckSpelling: the scheduler forgets what it checked. */
  generation: number;
}

type SpellcheckMeta =
  | { type: 'findings'; findings: EditorFinding[] }
  | { type: 'ignore'; span: IgnoredSpan }
  | { type: 'enabled'; enabled: boolean }
  | { type: 'recheck' };

export const spellcheckKey = new PluginKey<SpellcheckState>('spellcheck');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    spellcheck: {
      /** Writes `replacement` over the finding's text. */
      fixFinding: (finding: EditorFinding, replacement: string) => ReturnType;
      /** Every finding of the kind, its first suggestion written in, in one step (one undo). */
      fixAllOfKind: (kind: FindingKind) => ReturnType;
      ignoreFinding: (finding: EditorFinding) => ReturnType;
      setSpellcheckEnabled: (enabled: boolean) => ReturnType;
      /** Forget what was checked and check again (the personal dictionary or the house style changed). */
      recheckSpelling: () => ReturnType;
    };
  }
}

export const Spellcheck = Extension.create<SpellcheckOptions>({
  name: 'spellcheck',
  addOptions() {
    return { check: async (texts) => texts.map(() => []), onFindings: () => undefined, onOpenMenu: () => undefined, delayMs: 150 };
  },
  addCommands() {
    // A chain (setSpellcheckEnabled().recheckSpelling()) shares one transaction: its actions add up.
    const meta = (tr: Transaction, value: SpellcheckMeta) => tr.setMeta(spellcheckKey, [...metaOf(tr), value]);
    return {
      fixFinding:
        (finding, replacement) =>
        ({ tr, dispatch }) => {
          if (dispatch) tr.insertText(replacement, finding.from, finding.to);
          return true;
        },
      fixAllOfKind:
        (kind) =>
        ({ tr, state, dispatch }) => {
          const fixes = currentFindings(state).filter((finding) => finding.kind === kind && finding.suggestions[0] !== undefined);
          if (fixes.length === 0) return false;
          if (dispatch) for (const finding of [...fixes].sort((a, b) => b.from - a.from)) tr.insertText(finding.suggestions[0]!, finding.from, finding.to);
          return true;
        },
      ignoreFinding:
        (finding) =>
        ({ tr }) => {
          meta(tr, { type: 'ignore', span: { from: finding.from, to: finding.to, text: finding.text } });
          return true;
        },
      setSpellcheckEnabled:
        (enabled) =>
        ({ tr }) => {
          meta(tr, { type: 'enabled', enabled });
          return true;
        },
      recheckSpelling:
        () =>
        ({ tr }) => {
          meta(tr, { type: 'recheck' });
          return true;
        },
    };
  },
  addProseMirrorPlugins() {
    const options = this.options;
    return [
      new Plugin<SpellcheckState>({
        key: spellcheckKey,
        state: {
          init: () => ({ enabled: true, findings: [], decorations: DecorationSet.empty, ignored: [], generation: 0 }),
          apply: (tr, state, _old, newState) => applyTransaction(tr, state, newState.doc),
        },
        props: {
          decorations: (state) => spellcheckKey.getState(state)?.decorations,
          handleClick: (view, pos) => {
            const finding = findingAt(view.state, pos);
            if (!finding) return false;
            // The caret goes where the click was before the menu takes focus, so Escape comes back to it.
            view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
            options.onOpenMenu(finding, view.coordsAtPos(finding.from));
            return true;
          },
          handleKeyDown: (view, event) => {
            if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return false;
            const finding = findingAt(view.state, view.state.selection.from);
            if (!finding) return false;
            options.onOpenMenu(finding, view.coordsAtPos(finding.from));
            return true;
          },
        },
        view: (view) => new CheckScheduler(view, options),
      }),
    ];
  },
});

export function currentFindings(state: EditorState): EditorFinding[] {
  return spellcheckKey.getState(state)?.findings ?? [];
}

function findingAt(state: EditorState, pos: number): EditorFinding | undefined {
  return currentFindings(state).find((finding) => pos >= finding.from && pos <= finding.to);
}

function metaOf(tr: Transaction): SpellcheckMeta[] {
  return (tr.getMeta(spellcheckKey) as SpellcheckMeta[] | undefined) ?? [];
}

function applyTransaction(tr: Transaction, state: SpellcheckState, doc: ProseMirrorNode): SpellcheckState {
  const actions = metaOf(tr);
  let { enabled, findings, ignored, generation } = state;
  const mapSpan = <T extends { from: number; to: number }>(span: T): T => ({ ...span, from: tr.mapping.map(span.from, 1), to: tr.mapping.map(span.to, -1) });
  if (tr.docChanged) {
    ignored = ignored.map(mapSpan).filter((span) => span.to > span.from);
    findings = findings.map(mapSpan).filter((finding) => finding.to > finding.from);
  }
  for (const meta of actions) {
    if (meta.type === 'recheck') generation += 1;
    if (meta.type === 'enabled') enabled = meta.enabled;
    if (meta.type === 'ignore') ignored = [...ignored, meta.span];
    if (meta.type === 'findings') findings = meta.findings;
  }
  if (!enabled) findings = [];
  const isIgnored = (finding: EditorFinding) => ignored.some((span) => span.from === finding.from && span.to === finding.to && span.text === finding.text);
  if (ignored.length > 0) {
    const kept = findings.filter((finding) => !isIgnored(finding));
    if (kept.length !== findings.length) findings = kept;
  }
  if (findings === state.findings && enabled === state.enabled && !tr.docChanged) return { ...state, ignored, generation };
  const decorations = DecorationSet.create(
    doc,
    findings.map((finding) =>
      Decoration.inline(finding.from, finding.to, {
        class: isStyleKind(finding.kind) ? 'check-style' : 'check-spelling',
        'data-check-kind': finding.kind,
      }),
    ),
  );
  return { enabled, findings, ignored, decorations, generation };
}

/** Runs checks a moment after changes, sends only new block texts, and drops answers for an old document. */
class CheckScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly known = new Map<string, BlockFinding[]>();
  private destroyed = false;

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellcheckOptions,
  ) {
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    const before = spellcheckKey.getState(previous);
    const now = spellcheckKey.getState(view.state);
    if (now?.findings !== before?.findings) this.options.onFindings(now?.findings ?? []);
    const switchedOn = now?.enabled && !before?.enabled;
    if (now?.generation !== before?.generation) this.known.clear();
    if (view.state.doc !== previous.doc || switchedOn || now?.generation !== before?.generation) this.schedule();
  }

  destroy(): void {
    this.destroyed = true;
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    // A check that fails (the worker could not load its dictionary) leaves the text without underlines; the
    // editor itself must never fail with it.
    this.timer = setTimeout(() => void this.run().catch(() => undefined), this.options.delayMs);
  }

  private async run(): Promise<void> {
    const state = this.view.state;
    if (!spellcheckKey.getState(state)?.enabled) return;
    const blocks = textBlocks(state.doc);
    const unseen = [...new Set(blocks.map((block) => block.text).filter((text) => !this.known.has(text)))];
    if (unseen.length > 0) {
      const results = await this.options.check(unseen);
      unseen.forEach((text, index) => this.known.set(text, results[index] ?? []));
    }
    if (this.destroyed || this.view.state.doc !== state.doc) return; // a newer check is on its way
    const findings = blocks.flatMap((block, index) =>
      (this.known.get(block.text) ?? []).map((finding) => ({
        ...finding,
        block: index,
        from: block.pos + 1 + finding.offset,
        to: block.pos + 1 + finding.end,
      })),
    );
    this.view.dispatch(this.view.state.tr.setMeta(spellcheckKey, [{ type: 'findings', findings }] satisfies SpellcheckMeta[]).setMeta('addToHistory', false));
  }
}

/** Every text block with its position; a hard break (or any inline leaf) is one '\n', as in its size. */
export function textBlocks(doc: ProseMirrorNode): Array<{ pos: number; text: string }> {
  const blocks: Array<{ pos: number; text: string }> = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blocks.push({ pos, text: node.textBetween(0, node.content.size, undefined, '\n') });
    return false;
  });
  return blocks;
}
