// Runs the real bundle (dist-style main.cjs built by scripts/buildElectron.mjs) against a fake 'electron'
// module and the Node build of better-sqlite3: IPC, protocol, guards and menu wired together for real.
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiChannels } from '../../contract/api';
import type { NewsdeskBridge } from '../../contract/bridge';
import { eventChannels, events } from '../../contract/events';
import type { ArticlesImported } from '../../contract/schemas/articleImport';
import { createTranslator, translateError } from '../../common/i18n/catalog';
import { contentSecurityPolicy } from '../../common/security/contentSecurityPolicy';
import { buildElectron } from '../../scripts/buildElectron.mjs';
import { devNativeBindingPath } from '../../electron/nativeBindingLocation.mjs';
import { docOf, readSeedText, seedHeadline } from '../helpers/seed';
import { maintenanceTiming } from '../../library/libraryMaintenance';
import { openLibrary } from '../../library/openLibrary';
import { createFakeElectron, createWebContents } from './fakeElectron';

const repoRoot = path.resolve(import.meta.dirname, '..', '..');
const requireHere = createRequire(import.meta.url);
// Inside the repository, so that the bundle's require('better-sqlite3') finds node_modules.
const cacheDir = path.join(repoRoot, 'node_modules', '.cache');
fs.mkdirSync(cacheDir, { recursive: true });
const bundleDir = fs.mkdtempSync(path.join(cacheDir, 'newsdesk-electron-test-'));
const mainBundle = path.join(bundleDir, 'main.cjs');
const electronVersion = '45.4.1';
const trusted = { senderFrame: { url: 'newsdesk://app/index.html' } };

type LoadFunction = (request: string, parent: unknown, isMain: boolean) => unknown;
const moduleInternals = Module as unknown as { _load: LoadFunction };
const originalLoad = moduleInternals._load;
const temporaryFolders: string[] = [];

function temporaryFolder(prefix: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temporaryFolders.push(folder);
  return folder;
}

/** An app folder as `electron .` would see it: a built renderer and the Electron-ABI native module. */
function appFolder({ withNative = true } = {}): string {
  const appPath = temporaryFolder('newsdesk-app-');
  fs.mkdirSync(path.join(appPath, 'dist', 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><script type="module" src="/assets/app.js"></script>');
  fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(appPath, 'package.json'), '{"secret": true}');
  if (withNative) {
    // Under Node the Node build stands in for the Electron one: same file, different ABI.
    const target = devNativeBindingPath(appPath, { electronVersion, platform: process.platform, arch: process.arch });
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(requireHere.resolve('better-sqlite3/build/Release/better_sqlite3.node'), target);
  }
  return appPath;
}

async function startMain(options: { appPath: string; dataDir: string; preferredLanguages?: string[] }) {
  const fake = createFakeElectron(options);
  process.env.NEWSDESK_DATA_DIR = options.dataDir;
  moduleInternals._load = function (request, parent, isMain) {
    return request === 'electron' ? fake.electron : originalLoad.call(this, request, parent, isMain);
  };
  delete requireHere.cache[mainBundle];
  requireHere(mainBundle);
  await new Promise((resolve) => setImmediate(resolve));
  return fake;
}

beforeAll(async () => {
  await buildElectron({ outDir: bundleDir });
  Object.defineProperty(process.versions, 'electron', { value: electronVersion, configurable: true });
});

afterEach(() => {
  vi.restoreAllMocks();
  moduleInternals._load = originalLoad;
  delete process.env.NEWSDESK_DATA_DIR;
});

afterAll(() => {
  Reflect.deleteProperty(process.versions, 'electron');
  fs.rmSync(bundleDir, { recursive: true, force: true });
  for (const folder of temporaryFolders) fs.rmSync(folder, { recursive: true, force: true });
});

describe('the bundled main process', () => {
  it('opens the library, serves the API and the renderer, and locks everything down', async () => {
    const { state, appEvents } = await startMain({ appPath: appFolder(), dataDir: temporaryFolder('newsdesk-data-') });
    try {
      expect(state.errorBoxes).toEqual([]);
      expect(state.sandboxEnabled).toBe(true);
      expect(state.privilegedSchemes).toEqual([
        { scheme: 'newsdesk', privileges: { standard: true, secure: true, supportFetchAPI: true } },
        { scheme: 'newsdesk-photo', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
      ]);

      // IPC: one handler per contract channel, callable only from our origin.
      expect([...state.ipcHandlers.keys()].sort()).toEqual([...apiChannels].sort());
      const call = (channel: string, input: unknown, event: unknown = trusted) => state.ipcHandlers.get(channel)!(event, input);
      expect(await call('articles:list', {})).toEqual({ ok: true, value: [] });
      expect(await call('articles:create', { headline: 'Lũ ở miền Trung' })).toMatchObject({ ok: true, value: { headline: 'Lũ ở miền Trung' } });
      expect(await call('articles:get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      expect(() => call('articles:list', {}, { senderFrame: { url: 'https://evil.example/' } })).toThrow(/refused articles:list/);
      expect(() => call('articles:list', {}, { senderFrame: null })).toThrow(/destroyed frame/);

      // Photos: imported as bytes through IPC, served by id and size on the photo scheme, never by path.
      const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c33' } }).png().toBuffer();
      const imported = (await call('photos:importBytes', { files: [{ name: 'ảnh.png', bytes: png.toString('base64') }] })) as {
        ok: true;
        value: { results: { ok: true; photo: { id: number } }[] };
      };
      const photoId = imported.value.results[0]!.photo.id;
      const servePhoto = state.protocolHandlers.get('newsdesk-photo')!;
      const thumb = await servePhoto(new Request(`newsdesk-photo://${photoId}/thumb`));
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get('content-type')).toBe('image/jpeg');
      expect((await servePhoto(new Request('newsdesk-photo://999/thumb'))).status).toBe(404);
      expect((await servePhoto(new Request(`newsdesk-photo://${photoId}/../../etc/passwd`))).status).toBe(404);

      // Window.
      expect(state.windows).toHaveLength(1);
      const [window] = state.windows;
      expect(window!.url).toBe('newsdesk://app/index.html');
      expect(window!.options).toMatchObject({ width: 1280, height: 860, title: 'Newsdesk', show: false });
      expect(window!.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
      expect(window!.options.webPreferences.preload).toBe(path.join(bundleDir, 'preload.cjs'));
      window!.emit('ready-to-show');
      expect(window!.shown).toBe(true);

      // Menu: English first, rebuilt in Vietnamese when the reader switches, commands go to the window.
      expect(state.menus.at(-1)!.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      expect(await call('settings:setLanguage', { language: 'vi' })).toEqual({ ok: true, value: { language: 'vi' } });
      expect(state.menus.at(-1)![0]!.label).toBe('Tệp');
      const newArticle = (state.menus.at(-1)![0]!.submenu as { click: () => void }[])[0]!;
      newArticle.click();
      expect(window!.webContents.sent).toEqual([[events.menuCommand.channel, 'newArticle']]);

      // File → Import…: the shell's dialog chooses, the handler table imports (through the dispatch, like any
      // call), and the outcome reaches the window as the contract's event; a cancelled dialog sends nothing.
      const importFolder = temporaryFolder('newsdesk-import-');
      const articleFile = path.join(importFolder, 'bài-viết.txt');
      const notAnArticle = path.join(importFolder, 'ảnh.pdf');
      fs.writeFileSync(articleFile, readSeedText());
      fs.writeFileSync(notAnArticle, '%PDF-1.4');
      const importItem = (state.menus.at(-1)![0]!.submenu as { click: () => void }[])[1]!;
      state.openDialogAnswers.push({ canceled: false, filePaths: [articleFile, notAnArticle] });
      importItem.click();
      await vi.waitFor(() => expect(window!.webContents.sent).toHaveLength(2));
      const [importedChannel, report] = window!.webContents.sent[1] as [string, ArticlesImported];
      expect(importedChannel).toBe(events.articlesImported.channel);
      // The refusal travels as its code, worded by the page in its language (and again when it switches).
      expect(report.errors).toHaveLength(1);
      expect(translateError(createTranslator('vi'), report.errors[0]!.code, report.errors[0]!.params)).toMatch(/^Không nhập được “ảnh\.pdf”/);
      expect(report.ids).toHaveLength(1);
      expect(await call('articles:get', { id: report.ids[0] })).toMatchObject({ ok: true, value: { headline: seedHeadline } });
      expect(state.openDialogs[0]![1]).toMatchObject({ title: 'Nhập bài…', properties: ['openFile', 'multiSelections'] });
      importItem.click();
      await vi.waitFor(() => expect(state.openDialogs).toHaveLength(2));
      await new Promise((resolve) => setImmediate(resolve));
      expect(window!.webContents.sent).toHaveLength(2);
      // The page may ask for the same dialog itself; it gets the report as the call's answer.
      state.openDialogAnswers.push({ canceled: false, filePaths: [articleFile] });
      expect(await call('articles:importFromDialog', {})).toMatchObject({ ok: true, value: { ids: [expect.any(Number)], errors: [] } });
      expect(eventChannels).not.toContain('articles:importFromDialog');

      // File → Update from File…: the command goes to the page, which asks for the shell's own dialog by a
      // call; the chosen file updates the article, its name comes back with the article and the report.
      // It acts on the open article: disabled until the page says one is open, and again when it reloads.
      type FileItem = { label?: string; enabled?: boolean; click: () => void };
      const fileItem = (label: string) => (state.menus.at(-1)![0]!.submenu as FileItem[]).find((item) => item.label === label)!;
      expect([fileItem('Cập nhật từ tệp…').enabled, fileItem('Xuất bài…').enabled, fileItem('Nhập bài…').enabled]).toEqual([false, false, undefined]);
      expect(await call('window:articleOpen', { open: true })).toEqual({ ok: true, value: { open: true } });
      expect([fileItem('Cập nhật từ tệp…').enabled, fileItem('Xuất bài…').enabled]).toEqual([true, true]);
      expect(await call('window:articleOpen', { open: 'yes' })).toMatchObject({ ok: false, error: { code: 'invalidInput' } });
      window!.webContents.emit('did-navigate');
      expect(fileItem('Cập nhật từ tệp…').enabled).toBe(false);
      await call('window:articleOpen', { open: true });
      // A language switch rebuilds the menu as it stands.
      await call('settings:setLanguage', { language: 'en' });
      expect(fileItem('Update from File…').enabled).toBe(true);
      await call('settings:setLanguage', { language: 'vi' });
      const updateItem = fileItem('Cập nhật từ tệp…');
      expect(updateItem.enabled).toBe(true);
      updateItem.click();
      expect(window!.webContents.sent.at(-1)).toEqual([events.menuCommand.channel, 'updateFromFile']);
      const correctedFile = path.join(importFolder, 'bản sửa.txt');
      fs.writeFileSync(correctedFile, readSeedText().replace('Đẩy mạnh', 'Đẩy mạnh hơn nữa'));
      state.openDialogAnswers.push({ canceled: false, filePaths: [correctedFile] });
      const target = report.ids[0]!;
      expect(await call('articles:updateFromDialog', { id: target })).toMatchObject({
        ok: true,
        value: { id: target, fileName: 'bản sửa.txt', headline: expect.stringContaining('Đẩy mạnh hơn nữa'), importReport: { notes: [] } },
      });
      expect(state.openDialogs.at(-1)![1]).toMatchObject({ title: 'Cập nhật từ tệp…', properties: ['openFile'] });
      expect(await call('articles:updateFromDialog', { id: target })).toEqual({ ok: true, value: null });

      // Renderer protocol.
      const serve = state.protocolHandlers.get('newsdesk')!;
      const index = await serve(new Request('newsdesk://app/'));
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
      expect(await index.text()).toContain('/assets/app.js');
      const script = await serve(new Request('newsdesk://app/assets/app.js'));
      expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect((await serve(new Request('newsdesk://app/..%2fpackage.json'))).status).toBe(403);
      expect((await serve(new Request('newsdesk://app/missing.js'))).status).toBe(404);
      expect((await serve(new Request('newsdesk://app/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);

      // Session: no remote request, no permission.
      const cancelled = (url: string) => {
        let decision: boolean | undefined;
        state.beforeRequest!({ url }, ({ cancel }) => (decision = cancel));
        return decision;
      };
      expect(cancelled('https://example.com/x.js')).toBe(true);
      expect(cancelled('file:///etc/passwd')).toBe(true);
      expect(cancelled('newsdesk://app/assets/app.js')).toBe(false);
      let granted: boolean | undefined;
      state.permissionRequestHandler!({}, 'media', (answer: boolean) => (granted = answer));
      expect(granted).toBe(false);
      expect(state.permissionCheckHandler!({}, 'clipboard-read')).toBe(false);

      // Every web contents: no navigation away, no webview, no window; links go to the system browser.
      const contents = createWebContents();
      appEvents.emit('web-contents-created', {}, contents);
      const prevented = (event: string, url?: string) => {
        let wasPrevented = false;
        contents.emit(event, { url, preventDefault: () => (wasPrevented = true) });
        return wasPrevented;
      };
      expect(prevented('will-navigate', 'https://example.com/')).toBe(true);
      expect(prevented('will-navigate', 'newsdesk://app/index.html')).toBe(false);
      expect(prevented('will-redirect', 'http://example.com/')).toBe(true);
      expect(prevented('will-frame-navigate', 'file:///etc/passwd')).toBe(true);
      expect(prevented('will-attach-webview')).toBe(true);
      expect(contents.windowOpenHandler!({ url: 'https://vnexpress.net/' })).toEqual({ action: 'deny' });
      expect(contents.windowOpenHandler!({ url: 'file:///bin/sh' })).toEqual({ action: 'deny' });
      await Promise.resolve();
      expect(state.openedExternally).toEqual(['https://vnexpress.net/']);
    } finally {
      appEvents.emit('will-quit');
    }
  });

  it('holds a closing window until the page confirms its pending text is saved', async () => {
    const { state } = await startMain({ appPath: appFolder(), dataDir: temporaryFolder('newsdesk-data-') });
    const call = (channel: string, input: unknown) => state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    const { value: article } = (await call('articles:create', { headline: 'Bão số 3' })) as { value: { id: number; version: number } };
    const [window] = state.windows;

    window!.close();
    expect(state.windows).toEqual([window]);
    expect(window!.webContents.sent).toEqual([[events.flushDrafts.channel, { requestId: 1 }]]);
    // The page hands over what it has not saved, saves it, then confirms: only then the window goes.
    expect(await call('drafts:holdPending', { requestId: 1, articleId: article.id, changes: { headline: 'Bão số 3 đổ bộ' } })).toEqual({ ok: true, value: { held: true } });
    window!.close();
    expect(window!.webContents.sent).toHaveLength(1);
    expect(await call('articles:update', { id: article.id, baseVersion: article.version, headline: 'Bão số 3 đổ bộ' })).toMatchObject({ ok: true });
    expect(state.windows).toEqual([window]);
    expect(await call('drafts:confirmSaved', { requestId: 1 })).toEqual({ ok: true, value: { released: true } });
    expect(state.windows).toEqual([]);
    expect(state.quit).toBe(true);
    expect(await call('drafts:confirmSaved', { requestId: 1 })).toEqual({ ok: true, value: { released: false } });
  });

  it('quitting waits for the page too; unconfirmed text is written aside and offered back at the next start', async () => {
    const dataDir = temporaryFolder('newsdesk-data-');
    const first = await startMain({ appPath: appFolder(), dataDir });
    const call = (channel: string, input: unknown) => first.state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    const { value: article } = (await call('articles:create', { headline: 'Lũ ở miền Trung' })) as { value: { id: number } };
    const [window] = first.state.windows;

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      // Cmd/Ctrl+Q: the quit is held back by the window, whose page is asked to save.
      first.electron.app.quit();
      expect(first.state.quit).toBe(false);
      expect(first.state.windows).toEqual([window]);
      expect(window!.webContents.sent).toEqual([[events.flushDrafts.channel, { requestId: 1 }]]);
      const changes = { headline: 'Lũ ở miền Trung: 3 người mất tích', sapo: 'Nước sông Hương dâng cao.' };
      expect(await call('drafts:holdPending', { requestId: 1, articleId: article.id, changes })).toMatchObject({ value: { held: true } });
      // The page never confirms (its save hangs): after the time limit the window goes and the app quits.
      vi.advanceTimersByTime(4999);
      expect(first.state.quit).toBe(false);
      vi.advanceTimersByTime(1);
    } finally {
      vi.useRealTimers();
    }
    expect(first.state.windows).toEqual([]);
    expect(first.state.quit).toBe(true);
    expect(fs.readdirSync(path.join(dataDir, 'recovery'))).toEqual([`draft-${article.id}.json`]);

    moduleInternals._load = originalLoad;
    const second = await startMain({ appPath: appFolder(), dataDir });
    const again = (channel: string, input: unknown) => second.state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    try {
      expect(await again('drafts:listRecovered', {})).toEqual({
        ok: true,
        value: [{ articleId: article.id, headline: 'Lũ ở miền Trung: 3 người mất tích', savedAt: expect.any(String) }],
      });
      expect(await again('drafts:restoreRecovered', { articleId: article.id })).toMatchObject({ ok: true, value: { headline: 'Lũ ở miền Trung: 3 người mất tích' } });
      expect(await again('articles:get', { id: article.id })).toMatchObject({ value: { sapo: 'Nước sông Hương dâng cao.' } });
      expect(await again('drafts:listRecovered', {})).toEqual({ ok: true, value: [] });
    } finally {
      second.appEvents.emit('will-quit');
    }
  });

  it('an OS log-out (SIGTERM on Linux) quits as Quit does: held until the page confirms its text is saved', async () => {
    const dataDir = temporaryFolder('newsdesk-data-');
    const before = new Set(process.listeners('SIGTERM'));
    const { state, appEvents } = await startMain({ appPath: appFolder(), dataDir });
    // The main process's own handler, called directly: emitting SIGTERM would reach the test runner's too.
    const onSigterm = process.listeners('SIGTERM').find((listener) => !before.has(listener));
    const call = (channel: string, input: unknown) => state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    const { value: article } = (await call('articles:create', { headline: 'Bão số 3' })) as { value: { id: number; version: number } };
    const [window] = state.windows;
    try {
      expect(onSigterm).toBeInstanceOf(Function);
      onSigterm!('SIGTERM');
      expect(state.quit).toBe(false);
      expect(state.windows).toEqual([window]);
      expect(window!.webContents.sent).toEqual([[events.flushDrafts.channel, { requestId: 1 }]]);
      expect(await call('drafts:holdPending', { requestId: 1, articleId: article.id, changes: { headline: 'Bão số 3 đổ bộ' } })).toMatchObject({ value: { held: true } });
      expect(await call('articles:update', { id: article.id, baseVersion: article.version, headline: 'Bão số 3 đổ bộ' })).toMatchObject({ ok: true });
      expect(state.quit).toBe(false);
      expect(await call('drafts:confirmSaved', { requestId: 1 })).toEqual({ ok: true, value: { released: true } });
      expect(state.windows).toEqual([]);
      expect(state.quit).toBe(true);
      expect(fs.existsSync(path.join(dataDir, 'recovery', `draft-${article.id}.json`))).toBe(false);
    } finally {
      appEvents.emit('will-quit');
    }
    // Quitting lets go of the signal: the handler is not left behind.
    expect(process.listeners('SIGTERM')).not.toContain(onSigterm);
  });

  it('a log-out the page never confirms writes its pending text to the recovery file after the limit', async () => {
    const dataDir = temporaryFolder('newsdesk-data-');
    const before = new Set(process.listeners('SIGTERM'));
    const { state, appEvents } = await startMain({ appPath: appFolder(), dataDir });
    const onSigterm = process.listeners('SIGTERM').find((listener) => !before.has(listener));
    const call = (channel: string, input: unknown) => state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    const { value: article } = (await call('articles:create', { headline: 'Lũ ở miền Trung' })) as { value: { id: number } };
    const [window] = state.windows;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      onSigterm!('SIGTERM');
      const changes = { sapo: 'Nước sông Hương dâng cao, ba xã bị cô lập.' };
      expect(await call('drafts:holdPending', { requestId: 1, articleId: article.id, changes })).toMatchObject({ value: { held: true } });
      vi.advanceTimersByTime(4999);
      expect(state.quit).toBe(false);
      expect(state.windows).toEqual([window]);
      vi.advanceTimersByTime(1);
      expect(state.windows).toEqual([]);
      expect(state.quit).toBe(true);
      const draft = JSON.parse(fs.readFileSync(path.join(dataDir, 'recovery', `draft-${article.id}.json`), 'utf8'));
      expect(draft).toMatchObject({ articleId: article.id, changes });
    } finally {
      vi.useRealTimers();
      appEvents.emit('will-quit');
    }
  });

  it("Windows' query-session-end is held like a close, until the page confirms", async () => {
    const { state, appEvents } = await startMain({ appPath: appFolder(), dataDir: temporaryFolder('newsdesk-data-') });
    const call = (channel: string, input: unknown) => state.ipcHandlers.get(channel)!(trusted, input) as Promise<{ ok: boolean; value: unknown }>;
    const [window] = state.windows;
    try {
      let prevented = false;
      window!.emit('query-session-end', { preventDefault: () => (prevented = true) });
      expect(prevented).toBe(true);
      expect(window!.webContents.sent).toEqual([[events.flushDrafts.channel, { requestId: 1 }]]);
      expect(state.windows).toEqual([window]);
      expect(await call('drafts:confirmSaved', { requestId: 1 })).toEqual({ ok: true, value: { released: true } });
      expect(state.windows).toEqual([]);
    } finally {
      appEvents.emit('will-quit');
    }
  });

  it('thins the history at its start-up maintenance, after the window is up, not while opening the library', async () => {
    const dataDir = temporaryFolder('newsdesk-data-');
    // A month-old day of editing: a revision every 11 minutes, nothing labelled or kept.
    let at = Date.now() - 30 * 24 * 3_600_000;
    const seeded = openLibrary(dataDir, { clock: () => at });
    const { id } = seeded.articles.create({ headline: 'Bão số 3' });
    for (let save = 0; save < 50; save++) {
      at += 11 * 60_000;
      seeded.articles.update(id, { body: docOf([`Đoạn ${save} kể lại cơn bão.`]) }, { baseVersion: seeded.articles.get(id).version });
    }
    seeded.close();

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    let appEvents: EventEmitter | undefined;
    try {
      const started = await startMain({ appPath: appFolder(), dataDir });
      const { state } = started;
      appEvents = started.appEvents;
      const revisions = async () => ((await state.ipcHandlers.get('revisions:list')!(trusted, { id })) as { value: unknown[] }).value.length;
      expect(state.windows).toHaveLength(1);
      expect(await revisions()).toBe(51);
      vi.advanceTimersByTime(maintenanceTiming.firstAfterMs - 1);
      expect(await revisions()).toBe(51);
      vi.advanceTimersByTime(1);
      expect(await revisions()).toBeLessThanOrEqual(3);
    } finally {
      vi.useRealTimers();
      appEvents?.emit('will-quit');
    }
  });

  it('shows one translated sentence and quits when the data folder is unusable', async () => {
    const notAFolder = path.join(temporaryFolder('newsdesk-data-'), 'file');
    fs.writeFileSync(notAFolder, '');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { state } = await startMain({ appPath: appFolder(), dataDir: notAFolder });
    expect(consoleError.mock.calls).toEqual([[state.errorBoxes[0]?.content]]);
    expect(state.exitCode).toBe(1);
    expect(state.windows).toEqual([]);
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]!.title).toBe('Newsdesk');
    expect(state.errorBoxes[0]!.content).toMatch(/^Newsdesk could not start: Cannot use the data folder .*file/);
    expect(state.errorBoxes[0]!.content).not.toMatch(/\n\s+at /);
  });

  it("speaks the system's language when it cannot even find its native module", async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { state } = await startMain({
      appPath: appFolder({ withNative: false }),
      dataDir: temporaryFolder('newsdesk-data-'),
      preferredLanguages: ['vi-VN'],
    });
    expect(state.exitCode).toBe(1);
    expect(state.errorBoxes).toHaveLength(1);
    expect(state.errorBoxes[0]!.content).toContain('scripts/electronNative.mjs');
    expect(state.errorBoxes[0]!.content).not.toContain('could not start');
  });

  it("imports the files the system opens with it: a second launch's arguments, and macOS's open-file", async () => {
    const { state, appEvents } = await startMain({ appPath: appFolder(), dataDir: temporaryFolder('newsdesk-data-') });
    try {
      const window = state.windows[0]!;
      const folder = temporaryFolder('newsdesk-opened-');
      fs.writeFileSync(path.join(folder, 'tin-nóng.txt'), readSeedText());
      fs.writeFileSync(path.join(folder, 'ảnh.png'), 'not an article');
      // "Open with Newsdesk" while it runs: the second launch's arguments reach the first, relative to its folder.
      appEvents.emit('second-instance', {}, ['/opt/Newsdesk/newsdesk', '--no-sandbox', 'tin-nóng.txt', 'ảnh.png'], folder);
      await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(1));
      expect(window.webContents.sent[0]).toEqual([events.articlesImported.channel, { ids: [expect.any(Number)], errors: [] }]);
      let prevented = false;
      appEvents.emit('open-file', { preventDefault: () => (prevented = true) }, path.join(folder, 'tin-nóng.txt'));
      await vi.waitFor(() => expect(window.webContents.sent).toHaveLength(2));
      expect(prevented).toBe(true);
      const list = (await state.ipcHandlers.get('articles:list')!(trusted, {})) as { ok: true; value: { headline: string }[] };
      expect(list.value.map((article) => article.headline)).toEqual([seedHeadline, seedHeadline]);
    } finally {
      appEvents.emit('will-quit');
    }
  });
});

describe('the bundled preload', () => {
  it('needs nothing but electron (a sandboxed preload can require nothing else) and exposes the bridge', async () => {
    const exposed: [string, Record<string, unknown>][] = [];
    const invoked: unknown[][] = [];
    const fromMain = new EventEmitter();
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (name: string, value: Record<string, unknown>) => exposed.push([name, value]) },
      ipcRenderer: {
        invoke: async (...args: unknown[]) => {
          invoked.push(args);
          return { ok: true, value: [] };
        },
        on: (channel: string, listener: (...args: unknown[]) => void) => fromMain.on(channel, listener),
        removeListener: (channel: string, listener: (...args: unknown[]) => void) => fromMain.removeListener(channel, listener),
      },
    };
    const preloadBundle = path.join(bundleDir, 'preload.cjs');
    moduleInternals._load = function (request, parent, isMain) {
      const fromPreload = (parent as { filename?: string } | null)?.filename === preloadBundle;
      if (!fromPreload) return originalLoad.call(this, request, parent, isMain);
      if (request === 'electron') return fakeElectron;
      throw new Error(`a sandboxed preload cannot require ${request}`);
    };
    delete requireHere.cache[preloadBundle];
    requireHere(preloadBundle);

    expect(exposed.map(([name]) => name)).toEqual(['newsdesk']);
    const bridge = exposed[0]![1] as unknown as NewsdeskBridge;
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'subscribe']);
    await expect(bridge.invoke('articles:list', {})).resolves.toEqual({ ok: true, value: [] });
    await expect(bridge.invoke('menu:command', {})).rejects.toThrow(/not an API channel/);
    expect(invoked).toEqual([['articles:list', {}]]);

    // Events: the contract's channels only, and only payloads of the contract's shape reach the page.
    const received: unknown[][] = [];
    const unsubscribe = eventChannels.map((channel) => bridge.subscribe(channel, (payload) => received.push([channel, payload])));
    expect(() => bridge.subscribe('articles:list', () => undefined)).toThrow(/not an event channel/);
    expect(fromMain.eventNames().sort()).toEqual([...eventChannels].sort());
    fromMain.emit('menu:command', {}, 'exportArticle');
    fromMain.emit('menu:command', {}, 'deleteEverything');
    fromMain.emit('articles:imported', {}, { ids: [2], errors: [] });
    fromMain.emit('articles:imported', {}, { ids: [2] });
    fromMain.emit('articles:exportProgress', {}, { jobId: 'job-00001', phase: 'writing', done: 1, total: 1 });
    fromMain.emit('articles:exportProgress', {}, { jobId: '../../x', phase: 'writing', done: 1, total: 1 });
    for (const stop of unsubscribe) stop();
    fromMain.emit('menu:command', {}, 'newArticle');
    expect(received).toEqual([
      ['menu:command', 'exportArticle'],
      ['articles:imported', { ids: [2], errors: [] }],
      ['articles:exportProgress', { jobId: 'job-00001', phase: 'writing', done: 1, total: 1 }],
    ]);
    expect(fromMain.eventNames()).toEqual([]);
  });
});
