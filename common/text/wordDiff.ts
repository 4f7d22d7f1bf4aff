// Word-by-word differences between two texts, for the history panel and `newsdesk diff`. Both texts are NFC and
// compared exactly, so a moved or changed tone mark is a changed word (`hòa` → `hoà`), as is a changed case.
// Tokens are words (letters with their marks, digits), runs of spaces, and single punctuation marks, so the
// parts put back together give each text exactly. Myers' O(ND) diff after trimming the common ends; past
// `maxEdits` (two unrelated long texts) the middle is reported as removed then added, instead of searching on.
import { toNfc } from './nfc';

export type DiffOp = 'same' | 'added' | 'removed';
export interface DiffPart {
  op: DiffOp;
  text: string;
}

const tokenPattern = /[\p{L}\p{M}\p{N}]+|\s+|[^\p{L}\p{M}\p{N}\s]/gu;
const wordPattern = /[\p{L}\p{N}]/u;
const maxEdits = 2000;

export function tokenize(text: string): string[] {
  return toNfc(text).match(tokenPattern) ?? [];
}

export function isWordToken(token: string): boolean {
  return wordPattern.test(token);
}

export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const ops: [DiffOp, string][] = a.slice(0, start).map((token) => ['same', token]);
  ops.push(...middle(a.slice(start, endA), b.slice(start, endB)));
  ops.push(...a.slice(endA).map((token): [DiffOp, string] => ['same', token]));
  return merge(ops);
}

/** Myers' greedy shortest edit script, walked back through the frontier each round started from. */
function middle(a: string[], b: string[]): [DiffOp, string][] {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return wholesale(a, b);
  const offset = n + m + 1;
  const frontier = new Int32Array(2 * offset + 1);
  // Round d reads diagonals -d-1 … d+1 of the frontier before it: only that window is kept.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(n + m, maxEdits); d++) {
    trace.push(frontier.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && frontier[offset + k - 1]! < frontier[offset + k + 1]!);
      let x = down ? frontier[offset + k + 1]! : frontier[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      frontier[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return wholesale(a, b);
}

function backtrack(trace: Int32Array[], a: string[], b: string[], edits: number): [DiffOp, string][] {
  const out: [DiffOp, string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d--) {
    const window = trace[d]!;
    const at = (k: number) => window[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push(['same', a[--x]!]);
      y--;
    }
    if (down) out.push(['added', b[--y]!]);
    else out.push(['removed', a[--x]!]);
  }
  while (x > 0 && y > 0) {
    out.push(['same', a[--x]!]);
    y--;
  }
  return out.reverse();
}

function wholesale(a: string[], b: string[]): [DiffOp, string][] {
  return [...a.map((token): [DiffOp, string] => ['removed', token]), ...b.map((token): [DiffOp, string] => ['added', token])];
}

/** Neighbouring tokens of one kind become one part. */
function merge(ops: [DiffOp, string][]): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const [op, text] of ops) {
    const last = parts.at(-1);
    if (last && last.op === op) last.text += text;
    else parts.push({ op, text });
  }
  return parts;
}

/** How many words the parts add and remove. */
export function countChangedWords(parts: readonly DiffPart[]): { added: number; removed: number } {
  let added = 0;
  let removed = 0;
  for (const part of parts) {
    if (part.op === 'same') continue;
    const words = tokenize(part.text).filter(isWordToken).length;
    if (part.op === 'added') added += words;
    else removed += words;
  }
  return { added, removed };
}
