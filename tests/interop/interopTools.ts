// The interop group: tests that drive programs npm cannot bring (Java for the W3C Nu validator, LibreOffice,
// poppler, Perl for the packaged exiftool), plus a Chromium where the npm one does not run (it is built for
// Linux x64 only). On a developer's machine a missing tool skips its tests, and the run ends with one line per
// missing tool, its install command and the number of tests that did not run (missingToolsReporter.ts). Where tools are required, as in CI
// (NEWSDESK_REQUIRE_TOOLS=1, or CI set), a missing tool fails the run instead: CI never skips silently.
import path from 'node:path';
import { describe, it } from 'vitest';
import { findChromium, isExecutableFile, type Env } from '../../export/pdf/findChromium';

export interface Tool {
  name: string;
  /** The programs the tests run, each looked for on the PATH; a tool is there only when all of them are. */
  commands: readonly string[];
  /** Overrides the PATH look-up. */
  available?: () => boolean;
  install: string;
}

/** What a skipped suite carries to the reporter. */
export interface MissingTool {
  name: string;
  install: string;
}

declare module 'vitest' {
  interface TaskMeta {
    missingTools?: MissingTool[];
  }
}

export const tools = {
  java: { name: 'Java', commands: ['java'], install: 'apt-get install openjdk-17-jre-headless (macOS: brew install openjdk)' },
  libreoffice: {
    name: 'LibreOffice',
    commands: ['soffice'],
    install: 'apt-get install libreoffice-writer-nogui fonts-liberation2 (macOS: brew install --cask libreoffice)',
  },
  poppler: {
    name: 'poppler',
    commands: ['pdftotext', 'pdftoppm', 'pdfinfo', 'pdfimages', 'pdffonts'],
    install: 'apt-get install poppler-utils (macOS: brew install poppler)',
  },
  perl: { name: 'Perl', commands: ['perl'], install: 'apt-get install perl (macOS and most Linux systems have it)' },
  chromium: {
    name: 'Chromium',
    commands: [],
    available: () => findChromium() !== undefined,
    install: 'npm install (brings @sparticuz/chromium on Linux x64), or install Chrome or Chromium, or set CHROME_PATH to one',
  },
} satisfies Record<string, Tool>;

/** A program on the PATH (with Windows' PATHEXT endings). */
export function onPath(command: string, env: Env = process.env): boolean {
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const endings = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';')] : [''];
  return dirs.some((dir) => endings.some((ending) => isExecutableFile(path.join(dir, command + ending))));
}

export function hasTool(tool: Tool): boolean {
  return tool.available ? tool.available() : tool.commands.every((command) => onPath(command));
}

/** Whether a missing tool fails the run: in CI, and wherever NEWSDESK_REQUIRE_TOOLS=1. */
export function toolsRequired(env: Env = process.env): boolean {
  const ci = env.CI?.trim().toLowerCase();
  return env.NEWSDESK_REQUIRE_TOOLS === '1' || (ci !== undefined && ci !== '' && ci !== 'false' && ci !== '0');
}

/** A describe that needs these tools: skipped and counted when one is missing, failing instead where tools are required. */
export function describeWithTools(title: string, needed: readonly Tool[], body: () => void): void {
  const missing = needed.filter((tool) => !hasTool(tool));
  if (missing.length === 0) {
    describe(title, body);
    return;
  }
  if (toolsRequired()) {
    describe(title, () => {
      for (const tool of missing) {
        it(`needs ${tool.name}`, () => {
          throw new Error(`${tool.name} is missing; install it: ${tool.install}. NEWSDESK_REQUIRE_TOOLS=1 or CI makes every interop tool required`);
        });
      }
    });
    return;
  }
  describe(title, { skip: true, meta: { missingTools: missing.map(({ name, install }) => ({ name, install })) } }, body);
}
