// The outbox's refusals and delivery failures. A failure is either transient (the network, a server busy, a
// folder not mounted yet: tried again later, with backoff) or permanent (the receiver said no, or nothing will
// change by waiting: marked failed and left for the reporter to retry by hand).
import { NewsdeskError, type ErrorCode, type ErrorParams } from '../common/errors/newsdeskError';

export class DeliveryError extends NewsdeskError {
  constructor(
    code: ErrorCode,
    params: ErrorParams,
    readonly permanent: boolean,
  ) {
    super(code, params, `${code} ${JSON.stringify(params)}`);
    this.name = 'DeliveryError';
  }
}

export const outboxErrors = {
  destinationExists: (name: string) => new NewsdeskError('destinationExists', { name }),
  destinationNotFound: (name: string) => new NewsdeskError('destinationNotFound', { name }),
  destinationInvalid: (detail: string) => new NewsdeskError('destinationInvalid', { detail }),
  itemNotFound: (id: number) => new NewsdeskError('outboxItemNotFound', { id }),
  folderMissing: (path: string) => new DeliveryError('outboxFolderMissing', { path }, false),
  unreachable: (host: string, reason: string) => new DeliveryError('outboxUnreachable', { host, reason }, false),
  serverBusy: (host: string, status: number) => new DeliveryError('outboxServerBusy', { host, status }, false),
  rejected: (host: string, status: number | string, message: string) =>
    new DeliveryError('outboxRejected', { host, status, message: message.replace(/\s+/g, ' ').trim().slice(0, 300) }, true),
  secretMissing: (name: string, variable: string) => new DeliveryError('outboxSecretMissing', { name, variable }, true),
};

/** A full disk is waited out; a photo gone from the store or a folder that refuses writes is not. */
const transientCodes = new Set<ErrorCode>(['exportDiskFull', 'exportCancelled']);

/** Whether waiting may help: unknown errors (a bug, a library's surprise) count as permanent, never looped on. */
export function isPermanent(error: unknown): boolean {
  if (error instanceof DeliveryError) return error.permanent;
  if (error instanceof NewsdeskError) return !transientCodes.has(error.code);
  return true;
}

/** What the queue records of a failure: a code and its parameters, translated by whoever shows it. */
export function recordedError(error: unknown): { code: string; params: ErrorParams } {
  if (error instanceof NewsdeskError) return { code: error.code, params: error.params };
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } };
}
