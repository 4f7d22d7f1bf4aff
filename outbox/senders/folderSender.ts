// A folder destination: a shared drive, a synced folder, a USB stick. The hand-off package (.zip) is written
// under the article's slug; filing again replaces that same entry (its name is kept, even if the headline
// changed since). A folder that does not exist is "not reachable yet" (a drive not mounted) and is waited for;
// a folder that refuses writes is a permanent failure with the reason.
import fs from 'node:fs';
import path from 'node:path';
import { outboxErrors } from '../outboxErrors';
import type { Sender } from './sender';

export const sendToFolder: Sender = async ({ destination, article, previous, files, signal }) => {
  if (destination.settings.kind !== 'folder') throw new Error('not a folder destination');
  const folder = destination.settings.path;
  if (!fs.statSync(folder, { throwIfNoEntry: false })?.isDirectory()) throw outboxErrors.folderMissing(folder);
  const target = previous ? { outPath: path.join(folder, path.basename(previous)) } : { outDir: folder };
  const written = await files.write(article, 'zip', target, signal);
  const entry = path.basename(written);
  return { remoteId: entry, receipt: entry };
};
