// Turns (channel, untrusted input) into an envelope: the input is validated against the contract before any
// handler runs, and every failure comes back typed instead of thrown across the transport.
import type { z } from 'zod';
import { api } from '../contract/api';
import type { AnyContract } from '../contract/defineContract';
import type { Envelope, WireError } from '../contract/envelope';
import { createTranslator, translateError } from '../common/i18n/catalog';
import { isNewsdeskError, type ErrorCode, type ErrorParams } from '../common/errors/newsdeskError';
import { asLibraryWriteError } from '../store/libraryFile';
import type { HandlerTable } from './handlerTable';

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope>;

const english = createTranslator('en');
const byChannel = new Map<string, [string, AnyContract]>(
  Object.entries(api).map(([method, contract]) => [contract.channel, [method, contract]]),
);

export function createDispatch(table: HandlerTable, log: (error: unknown) => void = console.error): Dispatch {
  const handlers = table as unknown as Record<string, (input: unknown) => unknown>;
  // One try around everything, validation included: input can throw while it is read (a getter, a stack
  // overflow), and nothing may cross a transport but an envelope.
  return async (channel, input) => {
    try {
      const entry = byChannel.get(channel);
      if (!entry) return failure('unknownChannel', { channel: String(channel).slice(0, 100) });
      const [method, contract] = entry;
      const parsed = contract.input.safeParse(input);
      if (!parsed.success) return invalidInput(parsed.error);
      const value = await handlers[method]!(parsed.data);
      return { ok: true, value: contract.output.parse(value) };
    } catch (caught) {
      const error = asLibraryWriteError(caught);
      if (isNewsdeskError(error)) return failure(error.code, error.params);
      log(error);
      return internalFailure(error);
    }
  };
}

/** For a transport whose own handling failed: the same envelope a handler's bug gives. */
export function internalFailure(error: unknown): Envelope {
  let detail: string;
  try {
    detail = error instanceof Error ? error.message : String(error);
  } catch {
    detail = 'unknown error';
  }
  return failure('internal', { detail });
}

/** For a transport that could not even read the request (e.g. malformed JSON). */
export function unreadableInput(detail: string): Envelope {
  return failure('invalidInput', { detail });
}

function failure(code: ErrorCode, params: ErrorParams, issues?: WireError['issues']): Envelope {
  return { ok: false, error: { code, params, message: translateError(english, code, params), issues } };
}

function invalidInput(error: z.ZodError): Envelope {
  const issues = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const first = issues[0];
  const detail = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : 'invalid';
  return failure('invalidInput', { detail }, issues);
}
