// Where the caret was last left in each article's body, kept in this browser profile so reopening an article
// puts the reporter back where they stopped. Only a number per article; nothing of the text.

const key = (articleId: number) => `newsdesk.caret.${articleId}`;

export function rememberCaret(articleId: number, position: number): void {
  try {
    localStorage.setItem(key(articleId), String(position));
  } catch {
    // Storage full or refused: the caret simply starts at the end next time.
  }
}

export function rememberedCaret(articleId: number): number | undefined {
  const stored = Number(localStorage.getItem(key(articleId)) ?? Number.NaN);
  return Number.isInteger(stored) && stored > 0 ? stored : undefined;
}
