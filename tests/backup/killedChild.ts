// Runs a child (a TypeScript file, through tsx) that prints `started` and then works in a loop, kills it with
// SIGKILL `afterMs` later, and answers the lines it printed: what it reported done before the kill.
import { spawn } from 'node:child_process';

export function runAndKill(child: string, args: string[], afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const process_ = spawn(process.execPath, ['--import', 'tsx', child, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    process_.stdout.on('data', (chunk: Buffer) => {
      const before = stdout;
      stdout += chunk.toString('utf8');
      if (!before.includes('started\n') && stdout.includes('started\n')) setTimeout(() => process_.kill('SIGKILL'), afterMs);
    });
    process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    process_.on('error', reject);
    process_.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the child ended on its own: ${stderr}`));
      else resolve(stdout.split('\n'));
    });
  });
}
