// Loader hooks for record.mjs: every resolved module URL, appended to the log file as it is resolved.
import fs from 'node:fs';

let file;

export function initialize(data) {
  file = data.file;
}

export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  fs.appendFileSync(file, `${resolved.url}\n`);
  return resolved;
}
