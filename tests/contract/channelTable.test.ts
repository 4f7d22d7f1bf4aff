// The renderer's client is built over channel names the build derives from the contract, not over the
// contract's zod schemas: the tables must be exactly the contract's, and the renderer must not import zod.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { callChannels, eventChannels } from 'virtual:newsdesk-channels';
import { api } from '../../contract/api';
import { channelsOf } from '../../contract/channelTable';
import { events } from '../../contract/events';
import { contractChannels } from '../../scripts/contractChannels';

const repoRoot = path.resolve(import.meta.dirname, '../..');

describe('the channel tables', () => {
  it('name every call and every event with the contract\'s own channel', () => {
    expect(callChannels).toEqual(Object.fromEntries(Object.entries(api).map(([method, contract]) => [method, contract.channel])));
    expect(eventChannels).toEqual(Object.fromEntries(Object.entries(events).map(([event, contract]) => [event, contract.channel])));
    expect(channelsOf(api).queryArticles).toBe('library:query');
  });

  it('are served by the plugin the renderer build uses, and by nothing else', async () => {
    const plugin = contractChannels();
    const resolve = plugin.resolveId as (id: string) => string | undefined;
    const load = plugin.load as (id: string) => string | undefined;
    expect(resolve('zod')).toBeUndefined();
    const source = load(resolve('virtual:newsdesk-channels')!)!;
    const served = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { callChannels: unknown; eventChannels: unknown };
    expect(served).toMatchObject({ callChannels, eventChannels });
    expect(fs.readFileSync(path.join(repoRoot, 'vite.config.ts'), 'utf8')).toMatch(/contractChannels\(\)/);
  });

  it('keep zod out of the renderer: nothing the renderer imports at run time reaches zod or the contract\'s schemas', () => {
    // Follows every run-time import (not `import type`) from every renderer module, through common/ and contract/.
    const offenders = new Set<string>();
    const seen = new Set<string>();
    const resolve = (from: string, specifier: string) =>
      ['', '.ts', '.tsx', '/index.ts'].map((end) => path.resolve(path.dirname(from), specifier) + end).find((file) => fs.existsSync(file) && fs.statSync(file).isFile());
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const imports = fs.readFileSync(file, 'utf8').match(/^(?:import|export) (?!type )[^;]*? from '[^']+';/gms) ?? [];
      for (const line of imports) {
        const specifier = /from '([^']+)';$/.exec(line)![1]!;
        const name = path.relative(repoRoot, file);
        if (specifier === 'zod' || specifier.startsWith('zod/')) offenders.add(`${name} imports zod`);
        if (!specifier.startsWith('.')) continue;
        const target = resolve(file, specifier);
        if (!target) continue;
        if (/contract\/(api|events|schemas\/.*)\.ts$/.test(target)) offenders.add(`${name} imports ${path.relative(repoRoot, target)}`);
        else visit(target);
      }
    };
    const walk = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !/\.(test|d)\.tsx?$/.test(entry.name)) visit(full);
      }
    };
    walk(path.join(repoRoot, 'renderer'));
    expect(seen.size).toBeGreaterThan(100);
    expect([...offenders]).toEqual([]);
  });
});
