export interface NativeTarget {
  electronVersion: string;
  platform: string;
  arch: string;
}

export const nativeBindingFileName: string;
export const nativeFolderName: string;
export function electronNativeFolderName(target: NativeTarget): string;
export function devNativeBindingPath(repoRoot: string, target: NativeTarget): string;
export function packagedNativeBindingPath(resourcesPath: string): string;
