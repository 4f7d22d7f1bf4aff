// Every reply crosses a transport as an envelope, so an error arrives typed (code + params) instead of as a
// thrown string that lost its meaning in structured cloning or JSON.
import type { ErrorCode, ErrorParams } from '../common/errors/newsdeskError';

export interface WireError {
  code: ErrorCode;
  params: ErrorParams;
  /** English rendering, for logs and tests; the UI renders `code` + `params` in the reader's language. */
  message: string;
  /** For invalidInput: where the input went wrong. */
  issues?: { path: string; message: string }[];
}

export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: WireError };

export type Invoke = (channel: string, input: unknown) => Promise<Envelope>;

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly issues: WireError['issues'];
  constructor(error: WireError) {
    super(error.message);
    this.name = 'ApiError';
    this.code = error.code;
    this.params = error.params;
    this.issues = error.issues;
  }
}
