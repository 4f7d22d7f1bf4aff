// The programs the export tests drive from outside Node: Java (the W3C Nu validator), LibreOffice, poppler's
// pdftotext/pdftoppm/pdfimages, Chromium. On a developer's machine a missing one skips its tests with a line
// saying which Debian package to install; in CI (process.env.CI set) a missing one fails, never skips.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, it } from 'vitest';

export interface Tool {
  name: string;
  command: string;
  debianPackage: string;
}

export const tools = {
  java: { name: 'Java 17', command: 'java', debianPackage: 'openjdk-17-jre-headless' },
  libreoffice: { name: 'LibreOffice', command: 'libreoffice', debianPackage: 'libreoffice-writer-nogui and fonts-liberation2' },
  pdftotext: { name: 'pdftotext', command: 'pdftotext', debianPackage: 'poppler-utils' },
  chromium: { name: 'Chromium', command: process.env.CHROME_PATH ?? '/usr/bin/chromium', debianPackage: 'chromium' },
} satisfies Record<string, Tool>;

export function hasTool(tool: Tool): boolean {
  if (tool.command.startsWith('/')) return fs.existsSync(tool.command);
  try {
    execFileSync('sh', ['-c', `command -v ${tool.command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** A describe that needs these tools: skipped with a message when one is missing, failing instead in CI. */
export function describeWithTools(title: string, needed: readonly Tool[], body: () => void): void {
  const missing = needed.filter((tool) => !hasTool(tool));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  const why = missing.map((tool) => `${tool.name} (Debian: ${tool.debianPackage})`).join(', ');
  if (process.env.CI) {
    describe(title, () => {
      it(`needs ${why}`, () => {
        throw new Error(`${title}: missing ${why}; CI must install it`);
      });
    });
    return;
  }
  process.stderr.write(`skipped "${title}": missing ${why}\n`);
  describe.skip(title, body);
}

export function run(command: string, args: readonly string[], options: { cwd?: string; timeout?: number } = {}): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(command, [...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: options.timeout ?? 120_000, cwd: options.cwd }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ stdout, stderr });
    });
  });
}

const requireHere = createRequire(import.meta.url);
export const vnuJar = requireHere.resolve('vnu-jar/build/dist/vnu.jar');

export interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  extract?: string;
}

/** Validates files with the W3C Nu HTML checker in one Java run; returns the errors. */
export async function validateHtml(files: readonly string[]): Promise<VnuMessage[]> {
  const { stdout, stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...files]);
  // vnu writes its JSON report to stderr.
  const report = JSON.parse(stderr || stdout) as { messages: VnuMessage[] };
  return report.messages;
}

/** Converts DOCX files to PDF with one LibreOffice run (its own profile, so parallel runs do not collide). */
export async function libreOfficeToPdf(files: readonly string[], outDir: string, profileDir: string): Promise<void> {
  await run('libreoffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: 180_000 });
}
