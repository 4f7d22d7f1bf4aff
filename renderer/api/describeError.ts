import type { TFunction } from 'i18next';
import { ApiError } from '../../contract/envelope';
import { translateError } from '../../common/i18n/catalog';

/** Renders any failure of a call in the reader's language. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof ApiError) return translateError(t, error.code, error.params);
  return translateError(t, 'internal', { detail: error instanceof Error ? error.message : String(error) });
}
