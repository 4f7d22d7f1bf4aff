// How the CLI speaks: data on stdout, one line per user error on stderr, never a stack trace.
import { createTranslator, translateError } from '../common/i18n/catalog';
import { languageFromEnv } from '../common/i18n/languages';
import { isNewsdeskError } from '../common/errors/newsdeskError';

export const t = createTranslator(languageFromEnv(process.env));

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

/** The one stderr line of an error, for a command that carries on (e.g. the next file of an import). */
export function printError(error: unknown): void {
  const message = isNewsdeskError(error)
    ? translateError(t, error.code, error.params)
    : translateError(t, 'internal', { detail: error instanceof Error ? error.message : String(error) });
  process.stderr.write(`newsdesk: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
  if (process.env.NEWSDESK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
}
