import type { SpawnOptions } from 'node:child_process';

export interface CapturedRun {
  code: number;
  output: string;
}

export function runCaptured(command: string, args: readonly string[], options?: Omit<SpawnOptions, 'stdio'>): Promise<CapturedRun>;
