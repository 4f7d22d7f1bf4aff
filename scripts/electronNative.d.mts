import type { CapturedRun } from './lib/runCaptured.mjs';

export type ElectronNativeResult = { ok: true; path: string; built: boolean } | { ok: false; reason: string; logFile: string };

export function installedElectronVersion(): string;
export function ensureElectronNative(options?: {
  electronVersion?: string;
  platform?: string;
  arch?: string;
  onBuildStart?: (target: { electronVersion: string; platform: string; arch: string }) => void;
}): Promise<ElectronNativeResult>;
export function describeFailure(attempts: Array<[tool: string, run: CapturedRun]>): string;
export function buildEnv(env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
