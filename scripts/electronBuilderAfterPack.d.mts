export function nodeArchName(arch: number): string;
export function nodePlatformName(electronPlatformName: string): string;
export default function afterPack(context: {
  electronPlatformName: string;
  arch: number;
  appOutDir: string;
  packager: { getResourcesDir(appOutDir: string): string };
}): Promise<void>;
