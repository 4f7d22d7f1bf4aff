// Whether a word is a well-formed Vietnamese syllable: an initial consonant, a rhyme from the language's
// inventory and at most one tone mark, where a stop final (c, ch, p, t) takes only the sắc or nặng tone.
// Legacy-encoding detection scores its candidate decodings with it: the right table yields real syllables,
// a wrong one yields words no Vietnamese text holds ("Hµ", "Vieät").

const toneMarks = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const stopTones = new Set(['\u0301', '\u0323']);

const initial = '(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?';
/** Rhymes that end in a semivowel: no final consonant follows them. */
const openRhymes = 'iêu|yêu|oai|oay|oao|oeo|uôi|ươi|ươu|uây|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iu|oi|ôi|ơi|ua|ui|ưa|ưi|ưu';
/** Nuclei that may take a final consonant (ă and â must). */
const closableNuclei = 'uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|oo|a|ă|â|e|ê|i|o|ô|ơ|u|ư|y';
const syllable = new RegExp(`^${initial}(?:(?<open>${openRhymes})|(?<nucleus>${closableNuclei})(?<final>ch|ng|nh|[cmnpt])?)$`, 'u');

export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.toLowerCase().normalize('NFD');
  const tones = decomposed.match(toneMarks) ?? [];
  if (tones.length > 1) return false;
  const match = syllable.exec(decomposed.replace(toneMarks, '').normalize('NFC'));
  if (!match?.groups) return false;
  const { nucleus, final } = match.groups;
  if (nucleus !== undefined && /[ăâ]$/u.test(nucleus) && final === undefined) return false;
  if (final !== undefined && /^(?:c|ch|p|t)$/u.test(final) && !(tones[0] !== undefined && stopTones.has(tones[0]))) return false;
  return true;
}
