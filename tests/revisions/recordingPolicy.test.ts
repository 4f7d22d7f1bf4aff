// The recording policy with a made-up clock: when autosaves coalesce, when a revision starts, what is kept.
import { describe, expect, it } from 'vitest';
import { decideRecording, isLargeDeletion, type NewestRevision } from '../../revisions/recordingPolicy';

const minute = 60_000;
const open = (startedAt: number, at: number): NewestRevision => ({ reason: 'autosave', open: true, startedAt, at });
const typing = { reason: 'autosave' as const, wordsBefore: 1000, wordsAfter: 1003 };

describe('decideRecording', () => {
  it('coalesces autosaves into the open revision while editing goes on', () => {
    expect(decideRecording(open(0, 30_000), typing, 60_000)).toEqual({ kind: 'coalesce' });
    expect(decideRecording(open(0, 4 * minute), typing, 4 * minute + 59_000)).toEqual({ kind: 'coalesce' });
  });

  it('starts a new revision at most every 5 minutes of continuous editing', () => {
    expect(decideRecording(open(0, 4.9 * minute), typing, 5 * minute)).toEqual({ kind: 'new', keepPrevious: false });
  });

  it('starts a new revision when editing resumes after a 10-minute pause', () => {
    expect(decideRecording(open(0, minute), typing, 11 * minute)).toEqual({ kind: 'new', keepPrevious: false });
    expect(decideRecording(open(0, minute), typing, 10 * minute)).toEqual({ kind: 'new', keepPrevious: false });
    // A pause just short of it, inside the window: still the same revision.
    expect(decideRecording(open(0, 30_000), typing, 4 * minute)).toEqual({ kind: 'coalesce' });
  });

  it('makes every status change a revision of its own', () => {
    const status = { reason: 'status' as const, wordsBefore: 1000, wordsAfter: 1000 };
    expect(decideRecording(open(0, 10_000), status, 20_000)).toEqual({ kind: 'new', keepPrevious: false });
  });

  it('seals and keeps the text before a replacing change', () => {
    for (const reason of ['update', 'revert'] as const) {
      expect(decideRecording(open(0, 10_000), { reason, wordsBefore: 1000, wordsAfter: 1000 }, 20_000)).toEqual({ kind: 'new', keepPrevious: true });
    }
  });

  it('seals and keeps the text before a large deletion, even mid-burst', () => {
    const wiped = { reason: 'autosave' as const, wordsBefore: 871, wordsAfter: 3 };
    expect(decideRecording(open(0, 10_000), wiped, 20_000)).toEqual({ kind: 'new', keepPrevious: true });
  });

  it('labels the open revision, or records a labelled one after a sealed revision', () => {
    const label = { reason: 'label' as const, wordsBefore: 10, wordsAfter: 10 };
    expect(decideRecording(open(0, 10_000), label, 20_000)).toEqual({ kind: 'labelOpen' });
    expect(decideRecording({ reason: 'status', open: false, startedAt: 0, at: 0 }, label, 20_000)).toEqual({ kind: 'new', keepPrevious: false });
    // Filing is a labelled revision too: the open one is sealed as filed, or a filed one follows a sealed one.
    const filed = { reason: 'filed' as const, wordsBefore: 10, wordsAfter: 10 };
    expect(decideRecording(open(0, 10_000), filed, 20_000)).toEqual({ kind: 'labelOpen' });
    expect(decideRecording({ reason: 'filed', open: false, startedAt: 0, at: 0 }, filed, 20_000)).toEqual({ kind: 'new', keepPrevious: false });
  });

  it('never coalesces a save over another writer’s change into that writer’s revision', () => {
    expect(decideRecording(open(0, 10_000), { ...typing, sealPrevious: true }, 20_000)).toEqual({ kind: 'new', keepPrevious: true });
  });

  it('never coalesces into a sealed revision', () => {
    expect(decideRecording({ reason: 'update', open: false, startedAt: 0, at: 10_000 }, typing, 20_000)).toEqual({ kind: 'new', keepPrevious: false });
  });

  it('records the first revision of an article without one', () => {
    expect(decideRecording(undefined, { reason: 'created', wordsBefore: 0, wordsAfter: 0 }, 0)).toEqual({ kind: 'new', keepPrevious: false });
  });
});

describe('a deletion spread over coalesced autosaves', () => {
  it('is measured from the words the open revision began with', () => {
    const save = (wordsBefore: number, wordsAfter: number, openStartWords: number) => ({ reason: 'autosave' as const, wordsBefore, wordsAfter, openStartWords });
    expect(decideRecording(open(0, 30_000), save(400, 361, 400), 60_000)).toEqual({ kind: 'coalesce' });
    expect(decideRecording(open(0, 90_000), save(322, 283, 400), 120_000)).toEqual({ kind: 'coalesce', keepBeforeOpen: true });
    expect(decideRecording(open(0, 90_000), save(420, 410, 400), 120_000)).toEqual({ kind: 'coalesce' });
  });
});

describe('isLargeDeletion', () => {
  it('needs both 50 words and a fifth of the text gone', () => {
    expect(isLargeDeletion(871, 3)).toBe(true);
    expect(isLargeDeletion(5000, 4960)).toBe(false); // 40 words: a sentence, not a wipe
    expect(isLargeDeletion(5000, 4900)).toBe(false); // 100 words of 5,000: 2 %
    expect(isLargeDeletion(200, 150)).toBe(true);
    expect(isLargeDeletion(40, 0)).toBe(false);
    expect(isLargeDeletion(100, 200)).toBe(false);
  });
});
