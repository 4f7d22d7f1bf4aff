import type { ElectronNativeResult } from './electronNative.mjs';

type AfterPackContext = {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { getResourcesDir(appOutDir: string): string };
};

export class NativeBuildUnavailable extends Error {}
export function nodeArchName(arch: number): string;
export function nodePlatformName(electronPlatformName: string): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
export function afterPackWith(
  ensureNative: (target: { platform: string; arch: string }) => Promise<ElectronNativeResult>,
): (context: AfterPackContext) => Promise<void>;
