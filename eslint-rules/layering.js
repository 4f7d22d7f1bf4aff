// The layering rule: every import is resolved to the top-level folder it lands in and checked against what
// the importing folder's layer may depend on, so `renderer/app` importing `../library/LibraryView` (its own
// folder) is fine while `renderer/…` importing `../../store/…` is not, however many `../` it takes. A layer may
// name a sub-folder (`store/migrations`): files there belong to it, not to the folder around it. A layer may
// list the only packages it may use (`allowPackages`) instead of those it may not (`forbidPackages`).
import path from 'node:path';
import { builtinModules } from 'node:module';

const repoRoot = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const nodeBuiltins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);

/**
 * The folder a file belongs to for layering: the most specific folder some layer names (`store/migrations`
 * before `store`), else its top-level folder; '.' for a file at the root, undefined outside the repository.
 */
function layerFolder(file, known) {
  const relative = path.relative(repoRoot, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  const parts = relative.split(path.sep);
  if (parts.length === 1) return '.';
  for (let depth = parts.length - 1; depth > 1; depth--) {
    const folder = parts.slice(0, depth).join('/');
    if (known.has(folder)) return folder;
  }
  return parts[0];
}

function packageName(source) {
  const parts = source.split('/');
  return source.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      folder: '{{layer}} may not import from {{target}}/: {{why}}',
      module: '{{layer}} may not import {{module}}: {{why}}',
    },
  },
  create(context) {
    const { layers } = context.options[0];
    const known = new Set(layers.flatMap((candidate) => candidate.folders));
    const from = layerFolder(context.filename, known);
    const layer = layers.find((candidate) => candidate.folders.includes(from));
    if (!layer) return {};
    // A test beside the code it proves may use the shared test helpers (seed article, temp folders).
    const isTest = /\.test\.tsx?$/.test(context.filename);
    const mayImportFolders = isTest ? [...layer.mayImportFolders, 'tests'] : layer.mayImportFolders;
    // A layer may keep its Node-only part in named subfolders (spelling/node/ reads the dictionary files).
    const relativeFile = path.relative(repoRoot, context.filename).split(path.sep).join('/');
    const forbidNode = layer.forbidNode && !(layer.nodeAllowedUnder ?? []).some((prefix) => relativeFile.startsWith(prefix));

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const target = layerFolder(path.resolve(path.dirname(context.filename), source), known);
        if (target && target !== '.' && !mayImportFolders.includes(target)) {
          context.report({ node, messageId: 'folder', data: { layer: layer.name, target, why: layer.why } });
        }
        return;
      }
      const name = packageName(source);
      const forbidden =
        (forbidNode && nodeBuiltins.has(source)) ||
        layer.forbidPackages.includes(name) ||
        (layer.allowPackages !== undefined && !nodeBuiltins.has(source) && !layer.allowPackages.includes(name));
      if (forbidden) context.report({ node, messageId: 'module', data: { layer: layer.name, module: source, why: layer.why } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};
