// An event is declared like a call: the channel the main process sends it on and the zod schema of its
// payload. The preload's allowed event channels, the renderer's subscriptions and the shell's typed sender
// are all derived from the table in events.ts, and every payload is checked where it is received.
import type { z } from 'zod';

export interface EventContract<TChannel extends string, TPayload extends z.ZodType> {
  readonly channel: TChannel;
  readonly payload: TPayload;
}

export type AnyEventContract = EventContract<string, z.ZodType>;
export type EventTable = Record<string, AnyEventContract>;

export function defineEvent<TChannel extends string, TPayload extends z.ZodType>(
  contract: EventContract<TChannel, TPayload>,
): EventContract<TChannel, TPayload> {
  return contract;
}

export type EventPayloadOf<E> = E extends EventContract<string, infer P> ? z.output<P> : never;
