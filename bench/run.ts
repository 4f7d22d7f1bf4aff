// `npm run bench` runs every bench/*.bench.ts in turn; `npm run bench -- articleSaveRead` runs one.
// Each prints a Markdown table and writes bench/results/<name>.json.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { benchDir, writeResults, type Bench } from './lib/results';
import { markdownTable } from './lib/table';

const suffix = '.bench.ts';
const available = fs
  .readdirSync(benchDir)
  .filter((file) => file.endsWith(suffix))
  .map((file) => file.slice(0, -suffix.length))
  .sort();

// Options (`--count=5000`) belong to the benches themselves.
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const unknown = wanted.filter((name) => !available.includes(name.replace(/\.bench\.ts$/, '')));
if (unknown.length > 0) {
  process.stderr.write(`bench: no bench named ${unknown.join(', ')} (have: ${available.join(', ')})\n`);
  process.exit(1);
}
const selected = wanted.length > 0 ? wanted.map((name) => name.replace(/\.bench\.ts$/, '')) : available;

for (const name of selected) {
  const module = (await import(pathToFileURL(path.join(benchDir, `${name}${suffix}`)).href)) as { default: Bench };
  const bench = module.default;
  process.stdout.write(`\n## ${name}\n\n${bench.description}\n\n`);
  const report = await bench.run();
  const context = Object.entries(report.context).map(([key, value]) => `${key}: ${value}`).join(', ');
  process.stdout.write(`${markdownTable(report.cases)}\n\n${context}\n`);
  const file = writeResults(name, report);
  process.stdout.write(`→ ${path.relative(process.cwd(), file)}\n`);
}
