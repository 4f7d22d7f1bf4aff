import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { api, apiChannels, articlesImportedChannel, menuCommandChannel } from '../../contract/api';
import { createBridge, type RendererIpc } from '../../electron/createBridge';

function fakeIpc() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  const ipc: RendererIpc = {
    invoke,
    on: (channel, listener) => emitter.on(channel, listener),
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  return { ipc, invoke, emitter };
}

describe('createBridge', () => {
  it('exposes exactly invoke and the two shell events', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'onArticlesImported', 'onExportProgress', 'onMenuCommand']);
  });

  it('forwards every contract channel', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(apiChannels).toContain(api.listArticles.channel);
    for (const channel of apiChannels) await bridge.invoke(channel, { probe: channel });
    expect(invoke.mock.calls).toEqual(apiChannels.map((channel) => [channel, { probe: channel }]));
  });

  it('rejects any other channel without touching ipc', async () => {
    const { ipc, invoke } = fakeIpc();
    const bridge = createBridge(ipc);
    await expect(bridge.invoke(menuCommandChannel, {})).rejects.toThrow(/not an API channel/);
    await expect(bridge.invoke('ELECTRON_BROWSER_REQUIRE', {})).rejects.toThrow(/not an API channel/);
    await expect(bridge.invoke(42 as unknown as string, {})).rejects.toThrow(/not an API channel/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('delivers only valid menu commands, until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).onMenuCommand(listener);
    emitter.emit(menuCommandChannel, {}, 'newArticle');
    emitter.emit(menuCommandChannel, {}, 'formatDisk');
    emitter.emit(menuCommandChannel, {}, { command: 'showLibrary' });
    emitter.emit(menuCommandChannel, {}, 'showLibrary');
    unsubscribe();
    emitter.emit(menuCommandChannel, {}, 'newArticle');
    expect(listener.mock.calls).toEqual([['newArticle'], ['showLibrary']]);
    expect(emitter.listenerCount(menuCommandChannel)).toBe(0);
  });

  it('delivers only well-formed import reports from the shell, until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).onArticlesImported(listener);
    emitter.emit(articlesImportedChannel, {}, { ids: [3, 4], errors: ['“a.pdf”: not an article'] });
    emitter.emit(articlesImportedChannel, {}, { ids: ['3'], errors: [] });
    emitter.emit(articlesImportedChannel, {}, 'imported');
    unsubscribe();
    emitter.emit(articlesImportedChannel, {}, { ids: [5], errors: [] });
    expect(listener.mock.calls).toEqual([[{ ids: [3, 4], errors: ['“a.pdf”: not an article'] }]]);
    expect(emitter.listenerCount(articlesImportedChannel)).toBe(0);
  });
});
