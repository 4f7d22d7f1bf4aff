// Where the Chromium comes from, in order: CHROME_PATH, a system Chrome or Chromium (passing over anything
// that is not an executable regular file), else the npm one. Real files in a temporary folder stand for the
// candidates; the last test launches the npm Chromium itself and renders Vietnamese for a person to look at.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../tests/helpers/tempDir';
import { chromiumArgs, chromiumLaunchOptions, findChromium, isExecutableFile, systemChromiumCandidates } from './findChromium';
import { npmChromiumFontConfig, npmChromiumInstalled } from './npmChromium';

const tempDir = useTempDirs('newsdesk-find-chromium');
const screenshotDir = path.resolve(import.meta.dirname, '../../test-results/screenshots');

function program(dir: string, name: string, mode = 0o755): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, '#!/bin/sh\n');
  fs.chmodSync(file, mode);
  return file;
}

describe('findChromium', () => {
  it('takes CHROME_PATH first, over a system Chromium and the npm one', () => {
    const dir = tempDir();
    const given = program(dir, 'chrome có dấu');
    const system = program(dir, 'chromium');
    const found = findChromium({ env: { CHROME_PATH: given }, systemCandidates: [system], npmChromium: true, platform: 'linux' });
    expect(found).toEqual({ source: 'CHROME_PATH', executablePath: given });
  });

  it('reports no Chromium when CHROME_PATH names no program, rather than running another browser', () => {
    const dir = tempDir();
    const system = program(dir, 'chromium');
    const search = { systemCandidates: [system], npmChromium: true, platform: 'linux' as const };
    expect(findChromium({ ...search, env: { CHROME_PATH: path.join(dir, 'không có') } })).toBeUndefined();
    expect(findChromium({ ...search, env: { CHROME_PATH: program(dir, 'not-executable', 0o644) } })).toBeUndefined();
    // Blank is unset.
    expect(findChromium({ ...search, env: { CHROME_PATH: '  ' } })).toEqual({ source: 'system', executablePath: system });
  });

  it('passes over system candidates that are missing, not executable, or not a regular file', () => {
    const dir = tempDir();
    const missing = path.join(dir, 'missing');
    const readOnly = program(dir, 'chromium-browser', 0o644);
    const folder = path.join(dir, 'google-chrome');
    fs.mkdirSync(folder, { mode: 0o755 });
    const real = program(dir, 'google-chrome-stable');
    expect(isExecutableFile(readOnly)).toBe(false);
    expect(isExecutableFile(folder)).toBe(false);
    const found = findChromium({ env: {}, systemCandidates: [missing, readOnly, folder, real], npmChromium: true, platform: 'linux' });
    expect(found).toEqual({ source: 'system', executablePath: real });
  });

  it('falls back to the npm Chromium, and finds none when that is missing too', () => {
    const dir = tempDir();
    const candidates = [path.join(dir, 'chromium'), program(dir, 'chrome', 0o600)];
    expect(findChromium({ env: {}, systemCandidates: candidates, npmChromium: true, platform: 'linux' })).toEqual({ source: 'npm' });
    expect(findChromium({ env: {}, systemCandidates: candidates, npmChromium: false, platform: 'linux' })).toBeUndefined();
  });

  it('knows the usual places on Linux, macOS and Windows', () => {
    expect(systemChromiumCandidates('linux', {})[0]).toBe('/usr/bin/chromium');
    expect(systemChromiumCandidates('darwin', { HOME: '/Users/lan' })).toEqual([
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Users/lan/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Users/lan/Applications/Chromium.app/Contents/MacOS/Chromium',
    ]);
    const windows = systemChromiumCandidates('win32', { PROGRAMFILES: 'C:\\Program Files', LOCALAPPDATA: 'C:\\Users\\lan\\AppData\\Local' });
    expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(windows).toContain('C:\\Users\\lan\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
  });

  it('offers the npm Chromium only on Linux x64, the one build the package ships', () => {
    expect(npmChromiumInstalled('linux', 'x64')).toBe(true);
    expect(npmChromiumInstalled('darwin', 'arm64')).toBe(false);
    expect(npmChromiumInstalled('linux', 'arm64')).toBe(false);
  });

  it('gives the npm Chromium its own fonts only where the machine has no fontconfig', () => {
    const dir = tempDir();
    const systemConfig = path.join(dir, 'fonts.conf');
    expect(npmChromiumFontConfig({}, systemConfig)).toEqual({ FONTCONFIG_PATH: path.join(os.tmpdir(), 'fonts') });
    expect(npmChromiumFontConfig({ FONTCONFIG_FILE: '/etc/x.conf' }, systemConfig)).toEqual({});
    fs.writeFileSync(systemConfig, '<fontconfig/>');
    expect(npmChromiumFontConfig({}, systemConfig)).toEqual({});
  });
});

describe.runIf(npmChromiumInstalled())('the npm Chromium', () => {
  it('unpacks, launches headless with our arguments and sets Vietnamese text', async () => {
    const launch = await chromiumLaunchOptions({ source: 'npm' });
    expect(isExecutableFile(launch.executablePath)).toBe(true);
    expect(launch.args).toEqual(chromiumArgs);
    const browser = await chromium.launch({ ...launch, headless: true });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 240 } });
      const line = 'Nguyễn Thị Hương đã đến Đà Nẵng: ắ ặ ẫ ổ ự ỹ Ơ Ư đ Đ';
      await page.setContent(`<p style="font: 28px sans-serif">${line}</p><p style="font: 28px serif">${line}</p>`);
      expect((await page.locator('p').first().textContent())?.normalize('NFC')).toBe(line);
      fs.mkdirSync(screenshotDir, { recursive: true });
      await page.screenshot({ path: path.join(screenshotDir, 'npm-chromium-vietnamese.png') });
    } finally {
      await browser.close();
    }
  });
});
