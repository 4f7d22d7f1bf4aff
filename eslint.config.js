// Layering, enforced: renderer → contract ← handlers → services; the Electron shell wires them together.
// `common/` and `contract/` are the shared layer: types, zod schemas, i18n catalogs, pure text functions.
import tseslint from 'typescript-eslint';
import { layeringRule } from './eslint-rules/layering.js';

const shared = ['common', 'contract'];
const services = ['store', 'photos', 'export', 'import', 'search'];
const uiPackages = ['electron', 'react', 'react-dom', 'react-i18next', '@tiptap/react'];

const layers = [
  {
    name: 'the shared layer',
    folders: shared,
    mayImportFolders: shared,
    forbidNode: true,
    forbidPackages: [...uiPackages, 'better-sqlite3', 'sharp'],
    why: 'it runs everywhere, so it depends on nothing above it and on no runtime',
  },
  {
    name: 'the renderer',
    folders: ['renderer'],
    mayImportFolders: ['renderer', 'spelling', ...shared],
    forbidNode: true,
    forbidPackages: ['electron', 'better-sqlite3', 'sharp', 'exiftool-vendored', 'exifr'],
    why: 'it reaches the main process only through the API contract',
  },
  {
    // The checker runs in the renderer's Web Worker as well as in Node; only spelling/node/ reads files.
    name: 'the spelling checker',
    folders: ['spelling'],
    mayImportFolders: ['spelling', 'common'],
    forbidNode: true,
    nodeAllowedUnder: ['spelling/node/'],
    forbidPackages: [...uiPackages, 'better-sqlite3', 'sharp'],
    why: 'it runs in a Web Worker and in Node, so it depends on common/ alone and reads no files outside spelling/node/',
  },
  {
    name: 'a service',
    folders: services,
    mayImportFolders: [...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'services are plain Node: no Electron, no React, nothing above them',
  },
  {
    name: 'the handler table',
    folders: ['handlers'],
    mayImportFolders: ['handlers', 'spelling', ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'handlers sit below the transports and the shell',
  },
  {
    name: 'a transport or the CLI',
    folders: ['transport', 'cli'],
    mayImportFolders: ['transport', 'cli', 'handlers', 'spelling', ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'transports and the CLI never import the renderer or the Electron shell',
  },
  {
    name: 'the Electron shell',
    folders: ['electron'],
    mayImportFolders: ['electron', 'handlers', ...services, ...shared],
    forbidNode: false,
    forbidPackages: ['react', 'react-dom'],
    why: 'the shell loads the renderer bundle and never imports renderer code or the loopback transport',
  },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'native/', '.cache/', 'test-results/', '.scratch-*/'] },
  ...tseslint.configs.recommended,
  {
    plugins: { newsdesk: { rules: { layering: layeringRule } } },
    rules: {
      'newsdesk/layering': ['error', { layers }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
