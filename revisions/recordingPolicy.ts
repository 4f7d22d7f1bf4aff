// When a save becomes a revision of its own, decided from the article's newest revision and the save: pure,
// with the time passed in, so every rule is tested with a made-up clock.
// - Autosaves coalesce into the open revision (the newest, following the current text) while editing goes on:
//   a new one starts when editing resumes after a pause, or once the open one has covered `window` of editing.
// - Every other change (creation, status, label, filing, update from a file, revert) is a revision of its own;
//   a label or a filing seals the open revision as it stands rather than adding a copy of the same text.
// - Before a replacing change (update, revert), a large deletion (of all the article's words, in one save or
//   over the autosaves coalesced into the open revision), or a save over another writer's change, the
//   revision holding the text as it was is sealed and kept from thinning: whatever replaced it, that text is one
//   click away (two writers' autosaves never coalesce into one revision).
import type { RevisionReason } from '../contract/schemas/revision';

export const recordingRules = {
  /** Editing after this long a pause starts a new revision. */
  pauseMs: 10 * 60_000,
  /** Continuous editing starts a new revision at most this often. */
  windowMs: 5 * 60_000,
  /** A save that removes at least this many words… */
  largeDeletionWords: 50,
  /** …and at least this share of the text is a large deletion. */
  largeDeletionShare: 0.2,
};

/** The article's newest revision, as the policy needs it. */
export interface NewestRevision {
  reason: RevisionReason;
  /** Open: it follows the current text (autosaves coalesce into it). */
  open: boolean;
  startedAt: number;
  at: number;
}

export interface SaveToRecord {
  reason: Exclude<RevisionReason, 'earlier'>;
  /** Words of all the article's text (headline, sapo, body, captions, credits) before and after the save. */
  wordsBefore: number;
  wordsAfter: number;
  /** The words when the open revision began (its text before the first save it holds). */
  openStartWords?: number;
  /** A save made over another writer's change (the CLI, a window keeping its own text after a refusal). */
  sealPrevious?: boolean;
}

export type RecordingDecision =
  /** keepBeforeOpen: the coalesced saves together deleted much: keep the revision from before the open one. */
  | { kind: 'coalesce'; keepBeforeOpen?: true }
  /** Seal the newest revision as it stands (the text before this save); then start a new one for this save. */
  | { kind: 'new'; keepPrevious: boolean }
  /** Label the open revision (a label or a filing): it becomes a labelled revision of the current text. */
  | { kind: 'labelOpen' };

export function decideRecording(newest: NewestRevision | undefined, save: SaveToRecord, now: number): RecordingDecision {
  const replacing = save.reason === 'update' || save.reason === 'revert';
  const keepPrevious = replacing || save.sealPrevious === true || isLargeDeletion(save.wordsBefore, save.wordsAfter);
  if (!newest) return { kind: 'new', keepPrevious };
  if (save.reason === 'label' || save.reason === 'filed') return newest.open ? { kind: 'labelOpen' } : { kind: 'new', keepPrevious: false };
  if (save.reason !== 'autosave' || keepPrevious || !newest.open) return { kind: 'new', keepPrevious };
  const paused = now - newest.at >= recordingRules.pauseMs;
  const windowFull = now - newest.startedAt >= recordingRules.windowMs;
  if (paused || windowFull) return { kind: 'new', keepPrevious: false };
  // A deletion spread over several autosaves: each is small, together they are large.
  const spreadDeletion = save.openStartWords !== undefined && isLargeDeletion(save.openStartWords, save.wordsAfter);
  return spreadDeletion ? { kind: 'coalesce', keepBeforeOpen: true } : { kind: 'coalesce' };
}

export function isLargeDeletion(wordsBefore: number, wordsAfter: number): boolean {
  const removed = wordsBefore - wordsAfter;
  return removed >= recordingRules.largeDeletionWords && removed >= wordsBefore * recordingRules.largeDeletionShare;
}
