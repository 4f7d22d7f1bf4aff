// Events are declared like calls: one table of channels and payload schemas, from which the renderer's
// subscriptions and the shell's sender are derived, and against which every payload is read.
import { describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../contract/api';
import { channelsOf } from '../../contract/channelTable';
import { createEventClient } from '../../contract/client';
import { eventChannels, events, readEventPayload } from '../../contract/events';
import { sendEvent } from '../../electron/sendEvent';

describe('the event contract', () => {
  it('gives each event its own channel, none of them a call’s', () => {
    expect(eventChannels).toEqual(['menu:command', 'articles:imported', 'articles:exportProgress', 'drafts:flush', 'backup:progress', 'backup:outcome']);
    expect(new Set(eventChannels).size).toBe(eventChannels.length);
    expect(eventChannels.filter((channel) => apiChannels.includes(channel))).toEqual([]);
  });

  it('reads a payload of the contract’s shape and refuses the rest', () => {
    const progress = { jobId: 'abcdefgh', phase: 'photos', done: 0, total: 3 };
    expect(readEventPayload(events.exportProgress.channel, progress)).toEqual({ ok: true, value: progress });
    expect(readEventPayload(events.exportProgress.channel, { ...progress, total: 'three' })).toEqual({ ok: false });
    expect(readEventPayload(events.menuCommand.channel, 'importArticle')).toEqual({ ok: true, value: 'importArticle' });
    expect(readEventPayload(events.menuCommand.channel, 'quitWithoutSaving')).toEqual({ ok: false });
    expect(readEventPayload(events.articlesImported.channel, { ids: [0], errors: [] })).toEqual({ ok: false });
    // A call's channel is no event, whatever it carries.
    expect(readEventPayload('articles:list', 'newArticle')).toEqual({ ok: false });
  });

  it('subscribes by event name on the contract’s channel', () => {
    const subscribe = vi.fn((_channel: string, listener: (payload: unknown) => void) => {
      listener({ ids: [7], errors: [] });
      return () => undefined;
    });
    const listener = vi.fn();
    createEventClient(subscribe, channelsOf(events))('articlesImported', listener);
    expect(subscribe).toHaveBeenCalledWith('articles:imported', expect.any(Function));
    expect(listener).toHaveBeenCalledWith({ ids: [7], errors: [] });
  });

  it('sends on the contract’s channel and refuses a payload of the wrong shape', () => {
    const sent: unknown[][] = [];
    const receiver = { send: (...args: unknown[]) => sent.push(args) };
    sendEvent(receiver, 'menuCommand', 'showLibrary');
    expect(() => sendEvent(receiver, 'menuCommand', 'eraseLibrary' as 'showLibrary')).toThrow();
    expect(() => sendEvent(receiver, 'exportProgress', { jobId: 'x', phase: 'writing', done: 1, total: 1 })).toThrow();
    expect(sent).toEqual([['menu:command', 'showLibrary']]);
  });
});
