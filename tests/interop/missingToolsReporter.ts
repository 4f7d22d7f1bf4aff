// Ends a run with one line per interop tool that was missing: its install command and how many tests did not
// run for want of it. The skipped suites say which tools they lacked in their meta (interopTools.ts).
import type { Reporter, TestCase, TestModule } from 'vitest/node';
import type { MissingTool } from './interopTools';

/** Tests that did not run, counted per missing tool (a test lacking two tools counts for each). */
export function countMissingTools(modules: readonly TestModule[]): Map<string, { install: string; tests: number }> {
  const counts = new Map<string, { install: string; tests: number }>();
  for (const module of modules) {
    for (const test of module.children.allTests('skipped')) {
      for (const tool of missingToolsOf(test)) {
        const entry = counts.get(tool.name) ?? { install: tool.install, tests: 0 };
        entry.tests += 1;
        counts.set(tool.name, entry);
      }
    }
  }
  return counts;
}

function missingToolsOf(test: TestCase): MissingTool[] {
  const found: MissingTool[] = [];
  for (let parent = test.parent; parent.type === 'suite'; parent = parent.parent) found.push(...(parent.meta().missingTools ?? []));
  return found;
}

export function missingToolLines(counts: Map<string, { install: string; tests: number }>): string[] {
  return [...counts].map(([name, { install, tests }]) => `interop: ${name} is missing, ${tests} ${tests === 1 ? 'test' : 'tests'} did not run; install it: ${install}`);
}

export default class MissingToolsReporter implements Reporter {
  onTestRunEnd(modules: readonly TestModule[]): void {
    const lines = missingToolLines(countMissingTools(modules));
    if (lines.length > 0) process.stdout.write(`\n${lines.join('\n')}\n`);
  }
}
