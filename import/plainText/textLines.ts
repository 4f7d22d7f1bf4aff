// Plain text → lines and blocks, the way a reporter sees them: NFC, any line ending, and "blank" for a line
// that holds only spaces or invisible spaces (web pages leave no-break-space lines between paragraphs).

/** U+00A0, U+202F, U+2007 and U+FEFF are spelled out although `\s` covers them: they are why this exists. */
const blankLine = /^[\s\u00a0\u202f\u2007\ufeff]*$/u;

/** Every line, trimmed; a blank line becomes ''. */
export function toLines(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/^\ufeff/u, '')
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => (blankLine.test(line) ? '' : line.trim()));
}

/** Runs of non-blank lines; one or more blank lines separate two blocks. */
export function toBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line !== '') {
      current.push(line);
    } else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}
