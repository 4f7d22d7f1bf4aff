export const defaultRepoRoot: string;
export function cliBundleDir(repoRoot?: string): string;
export function freshCliBundle(repoRoot?: string): string | undefined;
export function buildCli(repoRoot?: string): Promise<string>;
export function ensureCliBundle(repoRoot?: string): Promise<string>;
