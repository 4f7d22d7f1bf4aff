export const externalModules: string[];
export const unshippedModules: string[];
export const metafileName: string;
export const defaultOutDir: string;
export function buildElectron(options?: { outDir?: string }): Promise<void>;
