// Everything Newsdesk stores is NFC. macOS and some IMEs hand us NFD ("a" + combining marks); normalising at
// every way in means search, counts and comparisons never see two spellings of one word.

export function toNfc(text: string): string {
  return text.normalize('NFC');
}

/** Normalises every string in a JSON-like value (TipTap documents, attrs), leaving structure intact. */
export function deepNfc<T>(value: T): T {
  if (typeof value === 'string') return toNfc(value) as T;
  if (Array.isArray(value)) return value.map((item) => deepNfc(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = deepNfc(item);
    return out as T;
  }
  return value;
}
