// A check run on a worker thread, so it uses the second core while this one writes. The worker's code is given
// as source (CommonJS, eval) rather than as a file: it then runs the same from the sources (tsx, vitest) and
// from the CLI's and the app's bundles, which carry no separate worker file.
import { Worker } from 'node:worker_threads';

export interface WorkerTask<T> {
  /** The worker's one message; rejects when it throws or stops without one. */
  result: Promise<T>;
  /** Stops the worker; resolves once it has stopped (and let go of the files it had open). */
  cancel(): Promise<void>;
  /** Posts a message to the worker (one started before its work was known, waiting to be told it). */
  send(value: unknown): void;
}

/**
 * Starts `source` with `data`. With `onProgress`, messages `{ progress: n }` are passed to it as they come (a
 * long task's bytes done); the first other message is the answer.
 */
export function runWorkerTask<T>(source: string, data: unknown, onProgress?: (n: number) => void): WorkerTask<T> {
  const worker = new Worker(source, { eval: true, workerData: data });
  const result = new Promise<T>((resolve, reject) => {
    const answer = (value: T) => {
      const progress = onProgress && (value as { progress?: unknown } | null)?.progress;
      if (typeof progress === 'number') return onProgress!(progress);
      worker.off('message', answer);
      resolve(value);
      void worker.terminate();
    };
    worker.on('message', answer);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker stopped (exit code ${code})`)));
  });
  // Whoever awaits it sees the failure; a cancelled task's is of no interest.
  result.catch(() => undefined);
  return { result, cancel: () => worker.terminate().then(() => undefined), send: (value) => worker.postMessage(value) };
}
