import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { api, apiChannels } from '../../contract/api';
import { eventChannels, events } from '../../contract/events';
import { createBridge, type RendererIpc } from '../../electron/createBridge';

function fakeIpc() {
  const emitter = new EventEmitter();
  const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } }));
  const on = vi.fn((channel: string, listener: (...args: unknown[]) => void) => emitter.on(channel, listener));
  const ipc: RendererIpc = {
    invoke,
    on,
    removeListener: (channel, listener) => emitter.removeListener(channel, listener),
  };
  return { ipc, invoke, on, emitter };
}

/** One payload each event's contract accepts and some it refuses. */
const samples: { [K in keyof typeof events]: { valid: unknown; invalid: unknown[] } } = {
  menuCommand: { valid: 'newArticle', invalid: ['formatDisk', { command: 'showLibrary' }, undefined] },
  articlesImported: {
    valid: { ids: [3, 4], errors: [{ code: 'unsupportedImportFormat', params: { fileName: 'a.pdf' } }] },
    // A sentence worded by the shell is refused: the page words errors itself, in its current language.
    invalid: [{ ids: ['3'], errors: [] }, 'imported', { ids: [3] }, { ids: [3], errors: ['“a.pdf”: not an article'] }, { ids: [3], errors: [{ code: 'noSuchCode', params: {} }] }],
  },
  exportProgress: {
    valid: { jobId: 'job-0001', phase: 'writing', done: 1, total: 2 },
    invalid: [{ jobId: 'job-0001', phase: 'uploading', done: 1, total: 2 }, { jobId: 'job-0001', phase: 'writing', done: -1, total: 2 }, null],
  },
  flushDrafts: { valid: { requestId: 3 }, invalid: [{ requestId: -1 }, { requestId: 3, extra: true }, 3] },
  backupProgress: {
    valid: { task: 'backup', doneBytes: 10, totalBytes: 20 },
    invalid: [{ task: 'format', doneBytes: 10, totalBytes: 20 }, { task: 'restore', doneBytes: -1, totalBytes: 20 }, null],
  },
  backupOutcome: { valid: { task: 'restore', ok: false, line: 'Không khôi phục được' }, invalid: [{ task: 'restore', ok: 'no', line: '' }, { ok: true }, 'done'] },
};

describe('createBridge', () => {
  it('exposes exactly invoke and subscribe', () => {
    expect(Object.keys(createBridge(fakeIpc().ipc)).sort()).toEqual(['invoke', 'subscribe']);
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
    await expect(bridge.invoke(events.menuCommand.channel, {})).rejects.toThrow(/not an API channel/);
    await expect(bridge.invoke('ELECTRON_BROWSER_REQUIRE', {})).rejects.toThrow(/not an API channel/);
    await expect(bridge.invoke(42 as unknown as string, {})).rejects.toThrow(/not an API channel/);
    expect(invoke).not.toHaveBeenCalled();
  });

  it('listens on every event channel of the contract and on nothing else', () => {
    const { ipc, on } = fakeIpc();
    const bridge = createBridge(ipc);
    expect(eventChannels).toEqual(Object.values(events).map((event) => event.channel));
    for (const channel of eventChannels) bridge.subscribe(channel, () => undefined);
    expect(on.mock.calls.map(([channel]) => channel)).toEqual(eventChannels);
    on.mockClear();
    expect(() => bridge.subscribe(api.listArticles.channel, () => undefined)).toThrow(/not an event channel/);
    expect(() => bridge.subscribe('ELECTRON_GUEST_VIEW_MANAGER', () => undefined)).toThrow(/not an event channel/);
    expect(() => bridge.subscribe(7 as unknown as string, () => undefined)).toThrow(/not an event channel/);
    expect(on).not.toHaveBeenCalled();
  });

  it.each(Object.keys(samples) as (keyof typeof events)[])('delivers only %s payloads of the contract’s shape, until unsubscribed', (name) => {
    const { ipc, emitter } = fakeIpc();
    const { channel } = events[name];
    const { valid, invalid } = samples[name];
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).subscribe(channel, listener);
    for (const payload of invalid) emitter.emit(channel, {}, payload);
    emitter.emit(channel, {}, valid);
    unsubscribe();
    emitter.emit(channel, {}, valid);
    expect(listener.mock.calls).toEqual([[valid]]);
    expect(emitter.listenerCount(channel)).toBe(0);
  });

  it('delivers only valid menu commands, until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const channel = events.menuCommand.channel;
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).subscribe(channel, listener);
    emitter.emit(channel, {}, 'newArticle');
    emitter.emit(channel, {}, 'formatDisk');
    emitter.emit(channel, {}, { command: 'showLibrary' });
    emitter.emit(channel, {}, 'showLibrary');
    unsubscribe();
    emitter.emit(channel, {}, 'newArticle');
    expect(listener.mock.calls).toEqual([['newArticle'], ['showLibrary']]);
    expect(emitter.listenerCount(channel)).toBe(0);
  });

  it('delivers only well-formed import reports from the shell, until unsubscribed', () => {
    const { ipc, emitter } = fakeIpc();
    const channel = events.articlesImported.channel;
    const listener = vi.fn();
    const unsubscribe = createBridge(ipc).subscribe(channel, listener);
    const imported = { ids: [3, 4], errors: [{ code: 'unsupportedImportFormat', params: { fileName: 'a.pdf' } }] };
    emitter.emit(channel, {}, imported);
    emitter.emit(channel, {}, { ids: [3, 4], errors: ['“a.pdf”: not an article'] });
    emitter.emit(channel, {}, { ids: ['3'], errors: [] });
    emitter.emit(channel, {}, 'imported');
    unsubscribe();
    emitter.emit(channel, {}, { ids: [5], errors: [] });
    expect(listener.mock.calls).toEqual([[imported]]);
    expect(emitter.listenerCount(channel)).toBe(0);
  });
});
