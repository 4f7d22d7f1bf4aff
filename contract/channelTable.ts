// The contract's channel names alone, method → channel and event → channel. The renderer's client needs only
// these: importing api.ts would build every zod schema of the API (and ship zod) before the first screen. The
// build derives the tables from the contract itself (scripts/contractChannels.ts), so they cannot drift.
import type { Api } from './api';
import type { Events } from './events';

export type CallChannels = { readonly [K in keyof Api]: Api[K]['channel'] };
export type EventChannels = { readonly [K in keyof Events]: Events[K]['channel'] };

/** method → channel of any table of contracts (calls or events). */
export function channelsOf<T extends Record<string, { channel: string }>>(table: T): { [K in keyof T]: T[K]['channel'] } {
  return Object.fromEntries(Object.entries(table).map(([name, contract]) => [name, contract.channel])) as { [K in keyof T]: T[K]['channel'] };
}

/** The module the renderer imports the tables from; the build (and vitest) serve it from the contract. */
export const channelModuleId = 'virtual:newsdesk-channels';
