// Layering, enforced: renderer → contract ← handlers → composition root → services; the Electron shell wires
// them together. `common/` and `contract/` are the shared layer: types, zod schemas, i18n catalogs, pure text
// functions; `common/` (the models) below `contract/` (which validates them). Among the services, each
// imports only those below it:
//   import, export  →  search, photos  →  store  (→ shared);  backup  →  photos, store
// and `library/` (the composition root) builds them all. Migrations import only the driver and each other.
import tseslint from 'typescript-eslint';
import { layeringRule } from './eslint-rules/layering.js';

const shared = ['common', 'contract'];
const services = ['store', 'photos', 'export', 'import', 'search', 'backup', 'outbox', 'revisions'];
const compositionRoot = 'library';
const uiPackages = ['electron', 'react', 'react-dom', 'react-i18next', '@tiptap/react'];

/** Each service and the services below it it may import. */
const serviceOrder = [
  { folder: 'store', below: ['store/migrations'], why: 'the store is the bottom service: the services above it are given to it as ports' },
  { folder: 'search', below: ['store'], why: 'search reads the store; the store never imports search' },
  { folder: 'photos', below: ['store'], why: 'the photo store sits on the store, beside search' },
  { folder: 'revisions', below: ['store'], why: 'the history sits on the store, which records through its port' },
  { folder: 'import', below: ['search', 'photos', 'store'], why: 'import sits above the stores and never reaches export or the composition root' },
  { folder: 'export', below: ['search', 'photos', 'store'], why: 'export sits above the stores and never reaches import or the composition root' },
  { folder: 'backup', below: ['photos', 'store', 'store/migrations'], why: 'backups copy the database and the photo originals; they read the schema version from the migrations' },
];

export const layers = [
  {
    name: 'common',
    folders: ['common'],
    mayImportFolders: ['common'],
    forbidNode: true,
    forbidPackages: [...uiPackages, 'better-sqlite3', 'sharp'],
    why: 'it runs everywhere and holds the models (the document, the figure) the contract validates, so it depends on nothing above it and on no runtime',
  },
  {
    name: 'the contract',
    folders: ['contract'],
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
    name: 'a migration',
    folders: ['store/migrations'],
    mayImportFolders: ['store/migrations'],
    forbidNode: true,
    forbidPackages: [],
    allowPackages: ['better-sqlite3'],
    why: 'a migration is history: it must not change when the code around it does, so it imports only the database driver and its own folder',
  },
  ...serviceOrder.map(({ folder, below, why }) => ({
    name: `the ${folder} service`,
    folders: [folder],
    mayImportFolders: [folder, ...below, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: `${why}; services are plain Node: no Electron, no React`,
  })),
  {
    name: 'the composition root',
    folders: [compositionRoot],
    mayImportFolders: [compositionRoot, ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'it builds the services and sits below the handlers, the transports and the shell',
  },
  {
    name: 'the outbox',
    folders: ['outbox'],
    mayImportFolders: ['outbox', ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'the outbox is a service above export: plain Node, and no service below imports it',
  },
  {
    name: 'the handler table',
    folders: ['handlers'],
    mayImportFolders: ['handlers', compositionRoot, 'spelling', ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'handlers sit below the transports and the shell',
  },
  {
    name: 'a transport or the CLI',
    folders: ['transport', 'cli'],
    mayImportFolders: ['transport', 'cli', 'handlers', compositionRoot, 'spelling', ...services, ...shared],
    forbidNode: false,
    forbidPackages: uiPackages,
    why: 'transports and the CLI never import the renderer or the Electron shell',
  },
  {
    name: 'the Electron shell',
    folders: ['electron'],
    mayImportFolders: ['electron', 'handlers', compositionRoot, ...services, ...shared],
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
