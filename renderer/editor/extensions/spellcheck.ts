// Spelling and house style as you type: every text block's findings become inline decorations (spelling
// wavy red, style dotted blue). A check runs a moment after the last change, over the blocks whose text is
// new (findings are kept per block text), through the host's `check` (the Web Worker), so typing never
// waits. A click on a finding, or the context-menu key (or Shift+F10) with the caret in one, asks the host
// to open the suggestion menu. Findings map through edits until the next check replaces them; the word being
// typed is underlined once the caret leaves it (spellcheckState.ts).
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { Plugin, TextSelection, type EditorState, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { BlockFinding, FindingKind } from '../../../common/spelling/findings';
import {
  applyTransaction,
  currentFindings,
  initialSpellcheckState,
  metaOf,
  spellcheckKey,
  type EditorFinding,
  type SpellcheckMeta,
  type SpellcheckState,
} from './spellcheckState';

export { currentFindings, findingCounts, spellcheckKey, type EditorFinding, type FindingCounts } from './spellcheckState';

export interface SpellcheckOptions {
  /** Findings of each block text, in order (the worker); never called for a text checked before. */
  check: (texts: string[]) => Promise<BlockFinding[][]>;
  onOpenMenu: (finding: EditorFinding, at: { left: number; top: number; bottom: number }) => void;
  /** Quiet time after the last change before a check. */
  delayMs: number;
}

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
    return { check: async (texts) => texts.map(() => []), onOpenMenu: () => undefined, delayMs: 150 };
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
    // ProseMirror counts a click within half a second of the last one, at the same place, as a double click,
    // (and the next a triple click), even when the first one opened the menu and Escape closed it since: such a
    // click on a finding opens the menu again.
    let lastClickOpenedMenu = false;
    const openMenuOnClick = (view: EditorView, pos: number) => {
      const finding = findingAt(view.state, pos);
      lastClickOpenedMenu = finding !== undefined;
      if (!finding) return false;
      // The caret goes where the click was before the menu takes focus, so Escape comes back to it.
      view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
      options.onOpenMenu(finding, view.coordsAtPos(finding.from));
      return true;
    };
    return [
      new Plugin<SpellcheckState>({
        key: spellcheckKey,
        state: {
          init: initialSpellcheckState,
          apply: (tr, state, _old, newState) => applyTransaction(tr, state, newState),
        },
        props: {
          decorations: (state) => spellcheckKey.getState(state)?.decorations,
          handleClick: openMenuOnClick,
          handleDoubleClick: (view, pos) => lastClickOpenedMenu && openMenuOnClick(view, pos),
          handleTripleClick: (view, pos) => lastClickOpenedMenu && openMenuOnClick(view, pos),
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

function findingAt(state: EditorState, pos: number): EditorFinding | undefined {
  return currentFindings(state).find((finding) => pos >= finding.from && pos <= finding.to);
}

/** Runs checks a moment after changes, sends only new block texts, and drops answers for an old document. */
class CheckScheduler {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly known = new Map<string, BlockFinding[]>();
  private destroyed = false;
  /** The text has been edited since the editor opened: a finding at the caret then is a word being typed. */
  private edited = false;

  constructor(
    private readonly view: EditorView,
    private readonly options: SpellcheckOptions,
  ) {
    this.schedule();
  }

  update(view: EditorView, previous: EditorState): void {
    const before = spellcheckKey.getState(previous);
    const now = spellcheckKey.getState(view.state);
    const switchedOn = now?.enabled && !before?.enabled;
    if (now?.generation !== before?.generation) this.known.clear();
    if (view.state.doc !== previous.doc) this.edited = true;
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
    // Texts typed past (each keystroke makes one) are dropped once they pile up.
    if (this.known.size > 2 * blocks.length + 64) {
      const current = new Set(blocks.map((block) => block.text));
      for (const text of this.known.keys()) if (!current.has(text)) this.known.delete(text);
    }
    // The usual answer after a pause in typing is what the mapped findings and underlines already say (an
    // edit across blocks can split an underline in pieces; a held-back one may be drawn now): no transaction then.
    const drawn = spellcheckKey.getState(this.view.state)?.decorations.find().length;
    if (drawn === findings.length && sameFindings(findings, currentFindings(this.view.state))) return;
    const meta: SpellcheckMeta[] = [{ type: 'findings', findings, holdAtCaret: this.edited && this.view.hasFocus() }];
    this.view.dispatch(this.view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false));
  }
}

function sameFindings(next: readonly EditorFinding[], current: readonly EditorFinding[]): boolean {
  return (
    next.length === current.length &&
    next.every((finding, index) => {
      const other = current[index]!;
      return (
        finding.from === other.from &&
        finding.to === other.to &&
        finding.block === other.block &&
        finding.kind === other.kind &&
        finding.message === other.message &&
        finding.text === other.text &&
        finding.suggestions.join('\n') === other.suggestions.join('\n')
      );
    })
  );
}

/** A block's text, kept per node: nodes never change, and a keystroke leaves all but one block the same. */
const blockTexts = new WeakMap<ProseMirrorNode, string>();

/** Every text block with its position; a hard break (or any inline leaf) is one '\n', as in its size. */
export function textBlocks(doc: ProseMirrorNode): Array<{ pos: number; text: string }> {
  const blocks: Array<{ pos: number; text: string }> = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    let text = blockTexts.get(node);
    if (text === undefined) {
      text = node.textBetween(0, node.content.size, undefined, '\n');
      blockTexts.set(node, text);
    }
    blocks.push({ pos, text });
    return false;
  });
  return blocks;
}
