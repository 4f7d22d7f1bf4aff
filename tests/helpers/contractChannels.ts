// `virtual:newsdesk-channels` under vitest (vitest.config.ts aliases it here): the same tables the renderer's
// build serves, derived from the contract the same way (tests/contract/channelTable.test.ts compares them).
import { api } from '../../contract/api';
import { channelsOf } from '../../contract/channelTable';
import { events } from '../../contract/events';

export const callChannels = channelsOf(api);
export const eventChannels = channelsOf(events);
