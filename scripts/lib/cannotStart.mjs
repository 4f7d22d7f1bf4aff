// npm start fails with one sentence that says what is missing and what to do, never with a stack trace.

export function cannotStartLine(reason) {
  return `newsdesk: cannot start the app: ${reason}`;
}

const ansiEscape = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');
const errorLine = /(?:^|\s)(?:[A-Z][A-Za-z]*)?Error: (.+)$/;

/** The gist of a failed tool's output: the message of its first "…Error: message" line, else its last line. */
export function failureGist(output, maxLength = 160) {
  const lines = String(output)
    .replace(ansiEscape, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  const withError = lines.map((line) => errorLine.exec(line)?.[1]).find(Boolean);
  const gist = withError ?? lines.at(-1) ?? 'no output';
  return gist.length > maxLength ? `${gist.slice(0, maxLength - 1)}…` : gist;
}
