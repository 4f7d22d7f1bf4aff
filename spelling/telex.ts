// What a word looks like when the Vietnamese input method was off: Telex (`nghiax` → `nghĩa`, `dduwowngf` →
// `đường`, `Vieejt` → `Việt`) or VNI (`tie61ng` → `tiếng`). decodeTyping undoes the keystrokes and returns
// the syllable they were meant to make; whether that syllable is real is the dictionary's call.
//
// Telex: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, uow/uwow ươ, a lone w ư, dd đ; s f r x j are the tones (sắc,
// huyền, hỏi, ngã, nặng) when they come after the first vowel (before it, s r x are consonants: sao, rồi).
// VNI: 1–5 the tones in the same order, 6 circumflex, 7 horn, 8 breve, 9 đ; each mark digit applies to the
// nearest letter before it that can take it.
import { normalizeTonePlacement, type OpenPairTone } from '../common/text/tonePlacement';

const acute = '\u0301';
const grave = '\u0300';
const hook = '\u0309';
const tilde = '\u0303';
const dot = '\u0323';
const circumflex = '\u0302';
const breve = '\u0306';
const horn = '\u031b';

const telexTones: Record<string, string> = { s: acute, f: grave, r: hook, x: tilde, j: dot };
const vniTones: Record<string, string> = { '1': acute, '2': grave, '3': hook, '4': tilde, '5': dot };
const vowelLetters = new Set([...'aeiouy']);

interface Letter {
  base: string;
  marks: string[];
  upper: boolean;
}

/** The syllable the keystrokes spell, or undefined when the word holds no Telex/VNI keystroke to undo. */
export function decodeTyping(word: string, openPairTone: OpenPairTone): string | undefined {
  const decoded = /\d/.test(word) ? decodeVni(word) : decodeTelex(word);
  if (decoded === undefined) return undefined;
  return normalizeTonePlacement(decoded, openPairTone);
}

function decodeTelex(word: string): string | undefined {
  if (!/^[a-zA-Z]+$/.test(word)) return undefined;
  const lower = word.toLowerCase();
  const firstVowel = [...lower].findIndex((char) => vowelLetters.has(char));
  if (firstVowel < 0 && !lower.includes('w')) return undefined;
  let tone: string | undefined;
  let changed = false;
  const letters: Letter[] = [];
  for (const [index, char] of [...word].entries()) {
    const lowerChar = char.toLowerCase();
    const previous = letters.at(-1);
    const isTone = firstVowel >= 0 && index > firstVowel && lowerChar in telexTones;
    if (isTone) {
      if (tone !== undefined) return undefined; // two tone keys: not one syllable
      tone = telexTones[lowerChar];
      changed = true;
      continue;
    }
    if (previous && previous.marks.length === 0 && applyTelexMark(previous, lowerChar, letters)) {
      changed = true;
      continue;
    }
    if (lowerChar === 'w') {
      letters.push({ base: 'u', marks: [horn], upper: char !== lowerChar });
      changed = true;
      continue;
    }
    letters.push({ base: lowerChar, marks: [], upper: char !== lowerChar });
  }
  return changed ? withTone(letters, tone) : undefined;
}

/** A Telex doubling or w after `previous`: true when it changed that letter (and the key is spent). */
function applyTelexMark(previous: Letter, key: string, letters: Letter[]): boolean {
  if (key === previous.base && 'aeo'.includes(key)) previous.marks.push(circumflex);
  else if (key === 'd' && previous.base === 'd') previous.base = 'đ';
  else if (key === 'w' && previous.base === 'a') previous.marks.push(breve);
  else if (key === 'w' && (previous.base === 'o' || previous.base === 'u')) {
    previous.marks.push(horn);
    // `uow` → ươ: the u before the horned o takes its horn too.
    const before = letters.at(-2);
    if (previous.base === 'o' && before?.base === 'u' && before.marks.length === 0) before.marks.push(horn);
  } else return false;
  return true;
}

function decodeVni(word: string): string | undefined {
  if (!/^[a-zA-Z]+[a-zA-Z1-9]*$/.test(word) || !/[a-zA-Z]$|[1-9]$/.test(word)) return undefined;
  let tone: string | undefined;
  const letters: Letter[] = [];
  for (const char of word) {
    if (/[1-5]/.test(char)) {
      if (tone !== undefined) return undefined;
      tone = vniTones[char];
      continue;
    }
    if (/[6-9]/.test(char)) {
      if (!applyVniMark(letters, char)) return undefined;
      continue;
    }
    const lower = char.toLowerCase();
    letters.push({ base: lower, marks: [], upper: char !== lower });
  }
  return withTone(letters, tone);
}

function applyVniMark(letters: Letter[], digit: string): boolean {
  const takes = (letter: Letter) =>
    letter.marks.length === 0 &&
    (digit === '6' ? 'aeo'.includes(letter.base) : digit === '7' ? 'ou'.includes(letter.base) : digit === '8' ? letter.base === 'a' : letter.base === 'd');
  const target = letters.findLast(takes);
  if (!target) return false;
  if (digit === '9') target.base = 'đ';
  else target.marks.push(digit === '6' ? circumflex : digit === '7' ? horn : breve);
  // `uo7` → ươ, as VNI users type it.
  const index = letters.indexOf(target);
  if (digit === '7' && target.base === 'o' && letters[index - 1]?.base === 'u' && letters[index - 1]!.marks.length === 0) letters[index - 1]!.marks.push(horn);
  return true;
}

/** The letters as text, the tone put on the first vowel (normalizeTonePlacement then moves it where it belongs). */
function withTone(letters: Letter[], tone: string | undefined): string {
  const firstVowel = letters.findIndex((letter) => vowelLetters.has(letter.base));
  if (tone !== undefined) {
    if (firstVowel < 0) return letters.map(letterText).join('');
    letters[firstVowel]!.marks.push(tone);
  }
  return letters.map(letterText).join('').normalize('NFC');
}

function letterText(letter: Letter): string {
  const base = letter.upper ? letter.base.toUpperCase() : letter.base;
  return base + letter.marks.join('');
}
