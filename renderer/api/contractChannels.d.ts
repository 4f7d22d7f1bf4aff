// The channel tables the build derives from the contract (scripts/contractChannels.ts).
declare module 'virtual:newsdesk-channels' {
  import type { CallChannels, EventChannels } from '../../contract/channelTable';
  export const callChannels: CallChannels;
  export const eventChannels: EventChannels;
}
