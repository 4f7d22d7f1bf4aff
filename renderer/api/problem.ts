// What went wrong, kept as its code and parameters rather than as a sentence: a message is put into words
// only when it is shown, so switching the language re-words every message already on screen.
import type { TFunction } from 'i18next';
import type { ErrorCode, ErrorParams } from '../../common/errors/newsdeskError';
import { translateError } from '../../common/i18n/catalog';
import { ApiError } from '../../contract/envelope';

export interface Problem {
  code: ErrorCode;
  params: ErrorParams;
}

export function toProblem(failure: unknown): Problem {
  if (failure instanceof ApiError) return { code: failure.code, params: failure.params };
  return { code: 'internal', params: { detail: failure instanceof Error ? failure.message : String(failure) } };
}

export function describeProblem(t: TFunction, problem: Problem): string {
  return translateError(t, problem.code, problem.params);
}
