// Layering, enforced: renderer → contract ← handlers → services; the Electron shell wires them together.
// `common/` and `contract/` are the shared layer (types, zod, i18n catalogs, pure text functions).
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];
const serviceFolders = ['store', 'photos', 'export', 'import', 'search', 'library'];

/** Forbids importing from these top-level folders, whatever the number of ../ in front. */
const folders = (names, message) => ({
  regex: `^(\\.\\./)+(\\./)?(${names.join('|')})(/|$)`,
  message,
});

const restrict = (files, { paths = [], patterns = [] }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

const electronAndReact = ['electron', 'react', 'react-dom', 'react-i18next', '@tiptap/react'].map((name) => ({
  name,
  message: 'Services stay plain Node: no Electron, no React.',
}));

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'native/', '.cache/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  restrict(['common/**', 'contract/**'], {
    paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'react'].map((name) => ({
      name,
      message: 'The shared layer runs everywhere: no Node, Electron, React or database.',
    })),
    patterns: [folders(['store', 'handlers', 'cli', 'transport', 'electron', 'renderer', ...serviceFolders], 'The shared layer depends on nothing above it.')],
  }),
  restrict(['renderer/**'], {
    paths: [...nodeBuiltins, 'electron', 'better-sqlite3', 'sharp'].map((name) => ({
      name,
      message: 'The renderer reaches the main process only through the API contract.',
    })),
    patterns: [
      folders(['handlers', 'cli', 'transport', 'electron', ...serviceFolders], 'The renderer reaches services only through the API contract.'),
    ],
  }),
  restrict(serviceFolders.map((folder) => `${folder}/**`), {
    paths: electronAndReact,
    patterns: [folders(['renderer', 'electron', 'handlers', 'transport', 'cli'], 'Services do not depend on the layers above them.')],
  }),
  restrict(['handlers/**'], {
    paths: electronAndReact,
    patterns: [folders(['renderer', 'electron', 'transport', 'cli'], 'Handlers sit below the transports and the shell.')],
  }),
  restrict(['transport/**', 'cli/**'], {
    paths: electronAndReact,
    patterns: [folders(['renderer', 'electron'], 'Transports and the CLI never import the renderer or the Electron shell.')],
  }),
  restrict(['electron/**'], {
    paths: ['react', 'react-dom'].map((name) => ({ name, message: 'The shell does not render UI.' })),
    patterns: [folders(['renderer'], 'The shell loads the renderer bundle; it never imports renderer code.')],
  }),
);
