// Names Windows refuses or mangles: the device names (CON, NUL, COM1, LPT1…, with any extension, in any case),
// and names ending in a dot or a space (Explorer drops them, so the file cannot be opened by its name). An
// export made on Linux or macOS is often copied to a Windows machine, so every name an export chooses is safe.

/** The part before the first dot is what Windows compares: `con.txt` and `Con.tar.gz` are the console too. */
const reservedStem = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/iu;

export function isReservedStem(stem: string): boolean {
  return reservedStem.test(stem.trim());
}

/** `name` with trailing dots and spaces dropped, and `_` after a reserved stem (`nul.txt` → `nul_.txt`). */
export function windowsSafeName(name: string): string {
  const trimmed = name.replace(/[. ]+$/u, '') || '_';
  const dot = trimmed.indexOf('.');
  const stem = dot < 0 ? trimmed : trimmed.slice(0, dot);
  return isReservedStem(stem) ? `${stem}_${trimmed.slice(stem.length)}` : trimmed;
}
