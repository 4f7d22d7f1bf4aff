// One ipcMain handler per contract, so the channel list comes from contract/api.ts and nothing else.
import { ipcMain } from 'electron';
import { api } from '../contract/api';
import type { Dispatch } from '../handlers/dispatch';
import { isAppUrl } from './appOrigin';

export function handleApiCalls(dispatch: Dispatch): void {
  for (const contract of Object.values(api)) {
    ipcMain.handle(contract.channel, (event, input: unknown) => {
      // Only our renderer may call the API; a frame that got elsewhere (or is gone) is refused outright.
      const senderUrl = event.senderFrame?.url;
      if (!isAppUrl(senderUrl)) {
        throw new Error(`newsdesk: refused ${contract.channel} from ${senderUrl ?? 'a destroyed frame'}`);
      }
      return dispatch(contract.channel, input);
    });
  }
}
