// How the CLI speaks: data on stdout, one line per user error on stderr, never a stack trace.
import { createTranslator, translateError } from '../common/i18n/catalog';
import { languageFromEnv } from '../common/i18n/languages';
import { isNewsdeskError } from '../common/errors/newsdeskError';
import { asLibraryWriteError } from '../store/libraryFile';

export const t = createTranslator(languageFromEnv(process.env));

/**
 * A reader that stops early (`newsdesk list | head -1`) closes the pipe: the rest of the output is no longer
 * wanted, so the CLI ends quietly with exit code 0, as Unix tools do. Any other output failure stays loud.
 */
export function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

endQuietlyOnClosedPipe(process.stdout);

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${text}\n`);
}

export function failWith(error: unknown): never {
  printError(error);
  process.exit(1);
}

/** A line for the reader that is not data (what an import did): stderr, so stdout stays parseable. */
export function printNote(text: string): void {
  process.stderr.write(`newsdesk: ${text}\n`);
}

/** The one stderr line of an error, for a command that carries on (e.g. the next file of an import). */
export function printError(caught: unknown): void {
  const error = asLibraryWriteError(caught);
  const message = isNewsdeskError(error)
    ? translateError(t, error.code, error.params)
    : translateError(t, 'internal', { detail: error instanceof Error ? error.message : String(error) });
  process.stderr.write(`newsdesk: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (process.env.NEWSDESK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}
