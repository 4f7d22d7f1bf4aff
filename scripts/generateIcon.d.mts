export const linuxIconSizes: number[];
export function iconPng(): Buffer;
export function writeIcons(resourcesDir: string): Promise<string[]>;
