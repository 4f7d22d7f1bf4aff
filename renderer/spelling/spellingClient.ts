// The editor's side of the spelling worker: promise-shaped calls. (The editor extension keeps the findings
// per block text, so only blocks whose text changed are sent here.)
import type { BlockFinding } from '../../common/spelling/findings';
import type { CheckerSetup, WorkerReply, WorkerRequest } from './workerProtocol';

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };
type RequestBody = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface SpellingClient {
  setup(setup: CheckerSetup): Promise<void>;
  /** Findings of each text, in order. */
  check(texts: readonly string[]): Promise<BlockFinding[][]>;
  suggest(word: string): Promise<string[]>;
  dispose(): void;
}

export function createSpellingClient(): SpellingClient {
  const worker = new Worker(new URL('./spellingWorker.ts', import.meta.url), { type: 'module' });
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<WorkerReply>) => {
    const waiting = pending.get(event.data.id);
    pending.delete(event.data.id);
    if (event.data.type === 'failed') waiting?.reject(new Error(event.data.message));
    else waiting?.resolve(event.data);
  };
  const send = (body: RequestBody) =>
    new Promise<WorkerReply>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...body, id } as WorkerRequest);
    });

  return {
    async setup(setup) {
      await send({ type: 'setup', setup });
    },
    async check(texts) {
      const reply = await send({ type: 'check', texts: [...texts] });
      if (reply.type !== 'checked') throw new Error('unexpected reply from the spelling worker');
      return reply.findings;
    },
    async suggest(word) {
      const reply = await send({ type: 'suggest', word });
      return reply.type === 'suggested' ? reply.suggestions : [];
    },
    dispose() {
      // The editor is gone: whatever it was waiting for no longer matters, so nothing is rejected.
      worker.terminate();
      pending.clear();
    },
  };
}
