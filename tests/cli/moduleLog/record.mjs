// `node --import ./record.mjs …` with NEWSDESK_MODULE_LOG=<file>: appends to <file>, one per line, the URL of
// every module the process imports (through the ESM loader's resolve hook, in hooks.mjs) and, at exit, the
// path of every CommonJS module it required (require.cache). Used to check what a command really loads.
import fs from 'node:fs';
import { createRequire, register } from 'node:module';

const file = process.env.NEWSDESK_MODULE_LOG;
if (!file) throw new Error('record.mjs needs NEWSDESK_MODULE_LOG, the file to write to');

register('./hooks.mjs', import.meta.url, { data: { file } });
const requireCache = createRequire(import.meta.url).cache;
process.on('exit', () => fs.appendFileSync(file, Object.keys(requireCache).map((path) => `${path}\n`).join('')));
