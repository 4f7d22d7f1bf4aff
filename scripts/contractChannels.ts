// Serves `virtual:newsdesk-channels` to the renderer's build (and to vitest): the call and event channel
// tables, derived here from the contract (contract/api.ts, contract/events.ts), so the page ships plain
// strings instead of zod and the API's schemas. See contract/channelTable.ts.
import type { Plugin } from 'vite';
import { api } from '../contract/api';
import { channelModuleId, channelsOf } from '../contract/channelTable';
import { events } from '../contract/events';

const resolvedId = `\0${channelModuleId}`;

export function contractChannels(): Plugin {
  return {
    name: 'newsdesk-contract-channels',
    resolveId: (id) => (id === channelModuleId ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? `export const callChannels = ${JSON.stringify(channelsOf(api))};\nexport const eventChannels = ${JSON.stringify(channelsOf(events))};\n`
        : undefined,
  };
}
