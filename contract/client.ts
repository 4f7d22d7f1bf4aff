// The renderer's typed client: one async method per call and one subscription per event, over whichever
// transport it is given (Electron's preload bridge or the loopback transport used by browser tests).
import type { z } from 'zod';
import type { Api } from './api';
import type { Subscribe } from './bridge';
import type { CallChannels, EventChannels } from './channelTable';
import { ApiError, type Invoke } from './envelope';
import type { EventName, EventPayload } from './events';

export type ApiClient = {
  [K in keyof Api]: (input: z.input<Api[K]['input']>) => Promise<z.output<Api[K]['output']>>;
};

/** `channels`: the contract's channel names (channelTable.ts), not the contract itself, so no schema is built here. */
export function createApiClient(invoke: Invoke, channels: CallChannels): ApiClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [method, channel] of Object.entries(channels)) {
    client[method] = async (input: unknown) => {
      const reply = await invoke(channel, input);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.value;
    };
  }
  return client as ApiClient;
}

/** Subscribes to one of the contract's events by name; returns its own unsubscribe. */
export type OnEvent = <K extends EventName>(event: K, listener: (payload: EventPayload<K>) => void) => () => void;

/** The renderer's typed subscriptions, over whichever transport carries events (it checks the payloads). */
export function createEventClient(subscribe: Subscribe, channels: EventChannels): OnEvent {
  return (event, listener) => subscribe(channels[event], (payload) => listener(payload as EventPayload<typeof event>));
}
