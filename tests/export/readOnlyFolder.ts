// A folder that refuses every new entry, as one without write permission does: the file system calls that
// create something inside it fail with EACCES (or EROFS, a read-only disk), everything else works. Made by
// fault injection rather than chmod, because root (CI runs as root) writes into a folder whatever its mode.
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { vi } from 'vitest';

type Refusal = 'EACCES' | 'EROFS';

function refusal(code: Refusal, syscall: string, target: string): NodeJS.ErrnoException {
  const what = code === 'EACCES' ? 'permission denied' : 'read-only file system';
  return Object.assign(new Error(`${code}: ${what}, ${syscall} '${target}'`), { code, syscall, path: target, errno: code === 'EACCES' ? -13 : -30 });
}

/** Makes `folder` refuse new entries until the returned function is called. */
export function makeReadOnly(folder: string, code: Refusal = 'EACCES'): () => void {
  const root = path.resolve(folder);
  const inside = (target: fs.PathLike) => path.resolve(String(target)).startsWith(root + path.sep);
  const promises = fs.promises;
  const realCreateWriteStream = fs.createWriteStream.bind(fs);
  const spies = [
    guardAsync(promises, 'mkdir', 0), guardAsync(promises, 'mkdtemp', 0), guardAsync(promises, 'writeFile', 0),
    guardAsync(promises, 'copyFile', 1), guardAsync(promises, 'rename', 1),
    guardSync(fs, 'mkdirSync', 0), guardSync(fs, 'mkdtempSync', 0), guardSync(fs, 'writeFileSync', 0),
    guardSync(fs, 'copyFileSync', 1), guardSync(fs, 'renameSync', 1),
    vi.spyOn(fs, 'createWriteStream').mockImplementation(((target: fs.PathLike, options?: unknown) => {
      if (!inside(target)) return realCreateWriteStream(target, options as Parameters<typeof fs.createWriteStream>[1]);
      // As a real stream: it opens after it is made, and the refused open is its error event.
      return new Writable({ construct: (callback) => callback(refusal(code, 'open', String(target))) });
    }) as typeof fs.createWriteStream),
  ];
  return () => spies.forEach((spy) => spy.mockRestore());

  function guardAsync<T extends object>(target: T, name: keyof T & string, argument: number) {
    const real = (target[name] as (...args: unknown[]) => Promise<unknown>).bind(target);
    return vi.spyOn(target, name as never).mockImplementation(((...args: unknown[]) =>
      inside(args[argument] as fs.PathLike) ? Promise.reject(refusal(code, name, String(args[argument]))) : real(...args)) as never);
  }

  function guardSync<T extends object>(target: T, name: keyof T & string, argument: number) {
    const real = (target[name] as (...args: unknown[]) => unknown).bind(target);
    return vi.spyOn(target, name as never).mockImplementation(((...args: unknown[]) => {
      if (inside(args[argument] as fs.PathLike)) throw refusal(code, name.replace(/Sync$/, ''), String(args[argument]));
      return real(...args);
    }) as never);
  }
}
