// The folder the app keeps its library in: Electron's userData path (appData + product name), computed
// without Electron so the CLI and the app always agree. NEWSDESK_DATA_DIR overrides it for both.
import os from 'node:os';
import path from 'node:path';

export const productName = 'Newsdesk';

export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return env.APPDATA ?? path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || path.join(home, '.config');
}

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env.NEWSDESK_DATA_DIR || path.join(appDataDir(env, platform), productName);
}
