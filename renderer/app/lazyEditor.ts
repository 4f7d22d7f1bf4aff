// The editor (TipTap, ProseMirror, the export dialog, photo placement) is most of the renderer's code and none
// of the library's first screen: it is a chunk of its own, fetched when the browser is idle after start-up,
// so the library shows sooner and opening an article finds the chunk already there.
import { lazy } from 'react';

const loadEditor = () => import('../editor/ArticleEditor');

export const LazyArticleEditor = lazy(() => loadEditor().then((module) => ({ default: module.ArticleEditor })));

/** Starts fetching the editor's chunk once the first screen is up; import() loads a module only once. */
export function preloadEditor(): void {
  const load = () => void loadEditor();
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
  else window.setTimeout(load, 200);
}
