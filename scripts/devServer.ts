// `npm run dev`: the real renderer in any local browser, against real handlers and a real library, over the
// loopback transport. Rebuilds the renderer on change. Development only; never part of the packaged app.
import path from 'node:path';
import { build } from 'vite';
import { createDispatch } from '../handlers/dispatch';
import { createHandlerTable } from '../handlers/handlerTable';
import { openLibrary } from '../library/openLibrary';
import { startLoopbackServer } from '../transport/loopback/loopbackServer';

const repoRoot = path.resolve(import.meta.dirname, '..');
const dataDir = process.env.NEWSDESK_DATA_DIR ?? path.join(repoRoot, '.cache', 'dev-library');

await build({ configFile: path.join(repoRoot, 'vite.config.ts'), build: { watch: {} }, logLevel: 'warn' });
const library = openLibrary(dataDir);
const server = await startLoopbackServer({
  dispatch: createDispatch(createHandlerTable({ library })),
  staticDir: path.join(repoRoot, 'dist/renderer'),
  photoFile: (id, size) => library.photos.photoFile(id, size),
});
process.stdout.write(`Newsdesk dev server, library ${dataDir}\nOpen ${server.pageUrl}\n`);

process.on('SIGINT', () => {
  void server.close().then(() => {
    library.close();
    process.exit(0);
  });
});
