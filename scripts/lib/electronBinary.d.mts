import type { CapturedRun } from './runCaptured.mjs';

export type ElectronBinaryResult = { ok: true; binary: string } | { ok: false; message: string };

export const electronMissingAdvice: string;
export function findElectronBinary(electronDir: string, env?: NodeJS.ProcessEnv): string | null;
export function runElectronInstaller(electronDir: string, env?: NodeJS.ProcessEnv): Promise<CapturedRun>;
export function ensureElectronBinary(options: {
  electronDir: string;
  env?: NodeJS.ProcessEnv;
  install?: () => Promise<CapturedRun>;
}): Promise<ElectronBinaryResult>;
