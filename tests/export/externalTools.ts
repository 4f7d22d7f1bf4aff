// The programs the export tests drive from outside Node: Java (the W3C Nu validator), LibreOffice, poppler.
// Which tests need which, and what happens when one is missing, is the interop group's (tests/interop).
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';

export { describeWithTools, hasTool, tools } from '../interop/interopTools';

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
  await run('soffice', [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], { timeout: 180_000 });
}
