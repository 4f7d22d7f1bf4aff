// The checker: one block of text in, its findings out. Words go to the language's lexicon (after tone
// placement is normalised, so `Ủy` and `Uỷ` both spell), unconverted Telex/VNI is decoded and offered first,
// and the house rules (tone style, spacing, quotes, repeated words, dates) run over the same text. Results
// are kept per block text, per word and per whitespace-free chunk, so re-checking a document after one
// keystroke costs one block, and a check from scratch reads each distinct word once.
import { normalizeTonePlacement, type OpenPairTone } from '../common/text/tonePlacement';
import { defaultToneStyle, type BlockFinding, type Finding, type ToneStyle } from '../common/spelling/findings';
import { vietnameseKey, type Lexicon } from './lexicon';
import { styleFindings } from './styleRules';
import { decodeTyping } from './telex';
import { tokenize, type ChunkCache, type WordToken } from './tokenize';

export interface CheckerOptions {
  toneStyle?: ToneStyle;
  /** The personal dictionary: words the reporter added, accepted as they are. */
  personalWords?: Iterable<string>;
  /**
   * false: spelling findings come without suggestions, and `suggest` is asked when the reporter opens the
   * menu. The editor's worker runs so: guessing a word takes milliseconds, and a word half typed is a new
   * misspelling at every keystroke. Default true (the CLI, the pre-flight).
   */
  suggestions?: boolean;
}

export interface Checker {
  readonly language: Lexicon['language'];
  checkBlock(text: string): BlockFinding[];
  /** Every block in reading order; `block` is the index in `texts`. */
  checkBlocks(texts: readonly string[]): Finding[];
  setOptions(options: CheckerOptions): void;
  /** What the word might have been, best first, in the house tone style and the word's case. */
  suggest(word: string): string[];
}

type WordVerdict = Pick<BlockFinding, 'kind' | 'suggestions' | 'message'> | undefined;
/** A word's findings with offsets from the word's start (a VNI-looking word may hold several). */
type WordReading = readonly BlockFinding[];

/** Doubled words that are Vietnamese, not slips: `người người`, `nhà nhà`, `ngày ngày`. */
const reduplications = new Set(['người', 'nhà', 'ai', 'ngày', 'đêm', 'năm', 'tháng', 'đời', 'lớp', 'đâu', 'mãi', 'xa', 'đi', 'thôi', 'từng', 'chiều', 'sáng', 'tối', 'hàng', 'nơi']);
const maxCachedBlocks = 20_000;
const maxCachedWords = 50_000;
const noFindings: WordReading = [];

export function createChecker(lexicon: Lexicon, options: CheckerOptions = {}): Checker {
  let toneStyle = options.toneStyle ?? defaultToneStyle;
  let personal = new Set<string>();
  const eagerSuggestions = options.suggestions ?? true;
  const blockCache = new Map<string, BlockFinding[]>();
  const wordCache = new Map<string, WordVerdict>();
  const readings = new Map<string, WordReading>();
  const chunks: ChunkCache = new Map();
  const keyOf = (word: string) => (lexicon.language === 'vi' ? vietnameseKey(word) : word.normalize('NFC').toLowerCase());

  const setOptions = (next: CheckerOptions) => {
    toneStyle = next.toneStyle ?? toneStyle;
    if (next.personalWords) personal = new Set([...next.personalWords].map(keyOf));
    blockCache.clear();
    wordCache.clear();
    readings.clear();
  };
  setOptions(options);

  const openPairTone = (): OpenPairTone => (toneStyle === 'new' ? 'first' : 'second');

  function judgeWord(word: string): WordVerdict {
    const key = keyOf(word);
    if (personal.has(key)) return undefined;
    if (lexicon.language === 'en') {
      return lexicon.isWord(word) ? undefined : { kind: 'spelling', suggestions: eagerSuggestions ? suggest(word) : [], message: 'notAWord' };
    }
    if (lexicon.hasKey(key)) {
      const styled = normalizeTonePlacement(word, openPairTone());
      if (styled === word.normalize('NFC')) return undefined;
      return { kind: 'tonePlacement', suggestions: [styled], message: toneStyle === 'new' ? 'tonePlacementNew' : 'tonePlacementOld' };
    }
    const decoded = decodeTyping(word, openPairTone());
    if (decoded !== undefined && decoded !== word && lexicon.isWord(decoded)) {
      // The decoding is the answer: guesses at raw keystrokes are noise.
      return { kind: 'telex', suggestions: [decoded], message: 'unconvertedTelex' };
    }
    return { kind: 'spelling', suggestions: eagerSuggestions ? suggest(word) : [], message: 'notASyllable' };
  }

  function suggest(word: string): string[] {
    if (lexicon.language === 'en') return lexicon.suggest(word);
    return unique(lexicon.suggest(word).map((suggestion) => matchCase(word, normalizeTonePlacement(suggestion, openPairTone()))));
  }

  function cachedVerdict(word: string): WordVerdict {
    if (!wordCache.has(word)) wordCache.set(word, judgeWord(word));
    return wordCache.get(word);
  }

  function readWord(word: string): WordReading {
    if ([...word].length < 2) return noFindings;
    if (/\p{N}/u.test(word)) {
      // A VNI word (`tie61ng`) when it decodes, else its letters on their own (`nhất951` is `nhất` and a number).
      const verdict = lexicon.language === 'vi' ? cachedVerdict(word) : undefined;
      if (verdict?.kind === 'telex') return [{ ...verdict, text: word, offset: 0, end: word.length }];
      return [...word.matchAll(/\p{L}[\p{L}\p{M}]*/gu)].flatMap((run) =>
        cachedReading(run[0]).map((finding) => ({ ...finding, offset: finding.offset + run.index, end: finding.end + run.index })),
      );
    }
    const verdict = cachedVerdict(word);
    return verdict ? [{ ...verdict, text: word, offset: 0, end: word.length }] : noFindings;
  }

  function cachedReading(word: string): WordReading {
    let reading = readings.get(word);
    if (!reading) {
      if (readings.size >= maxCachedWords) readings.clear();
      reading = readWord(word);
      readings.set(word, reading);
    }
    return reading;
  }

  function wordFindings(token: WordToken): BlockFinding[] {
    const reading = cachedReading(token.text);
    return reading === noFindings ? [] : reading.map((finding) => ({ ...finding, offset: finding.offset + token.offset, end: finding.end + token.offset }));
  }

  function repeatedWords(text: string, words: WordToken[]): BlockFinding[] {
    const findings: BlockFinding[] = [];
    for (let index = 1; index < words.length; index += 1) {
      const [first, second] = [words[index - 1]!, words[index]!];
      if (first.text.length !== second.text.length) continue; // the cheap test first: most neighbours differ
      const word = first.text.toLowerCase();
      if (word !== second.text.toLowerCase() || reduplications.has(word) || /\p{N}/u.test(word)) continue;
      if (!/^\s+$/u.test(text.slice(first.end, second.offset))) continue;
      findings.push({ kind: 'repeatedWord', text: text.slice(first.offset, second.end), offset: first.offset, end: second.end, suggestions: [first.text], message: 'repeatedWord' });
    }
    return findings;
  }

  function checkBlock(text: string): BlockFinding[] {
    const cached = blockCache.get(text);
    if (cached) return cached;
    if (chunks.size >= maxCachedWords) chunks.clear();
    const tokens = tokenize(text, chunks);
    const findings = [...tokens.words.flatMap(wordFindings), ...repeatedWords(text, tokens.words), ...styleFindings(text, tokens)];
    findings.sort((a, b) => a.offset - b.offset || a.end - b.end);
    if (blockCache.size >= maxCachedBlocks) blockCache.clear();
    blockCache.set(text, findings);
    return findings;
  }

  return {
    language: lexicon.language,
    checkBlock,
    checkBlocks: (texts) => texts.flatMap((text, block) => checkBlock(text).map((finding) => ({ ...finding, block }))),
    setOptions,
    suggest,
  };
}

/** A suggestion written the way the word was: `Đảnng` → `Đảng`, `HÔIJ` → `HỘI`. */
export function matchCase(original: string, suggestion: string): string {
  const letters = original.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return suggestion.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
  return suggestion;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
