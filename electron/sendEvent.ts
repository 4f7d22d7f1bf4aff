// The shell's one way to push an event to the page: channel and payload shape come from contract/events.ts.
// A payload the contract refuses is a bug here, so it throws instead of being sent to be dropped on receipt.
import { events, type EventName, type EventPayload } from '../contract/events';

/** The part of Electron's webContents an event needs. */
export interface EventReceiver {
  send(channel: string, ...args: unknown[]): void;
}

export function sendEvent<K extends EventName>(receiver: EventReceiver | undefined, event: K, payload: EventPayload<K>): void {
  const { channel, payload: schema } = events[event];
  const checked = schema.parse(payload);
  receiver?.send(channel, checked);
}
