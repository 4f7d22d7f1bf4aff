// The renderer's typed client: one async method per contract, over whichever transport it is given
// (Electron's preload bridge or the loopback transport used by browser tests).
import type { z } from 'zod';
import { api, type Api } from './api';
import { ApiError, type Invoke } from './envelope';

export type ApiClient = {
  [K in keyof Api]: (input: z.input<Api[K]['input']>) => Promise<z.output<Api[K]['output']>>;
};

export function createApiClient(invoke: Invoke): ApiClient {
  const client: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [method, contract] of Object.entries(api)) {
    client[method] = async (input: unknown) => {
      const reply = await invoke(contract.channel, input);
      if (!reply.ok) throw new ApiError(reply.error);
      return reply.value;
    };
  }
  return client as ApiClient;
}
