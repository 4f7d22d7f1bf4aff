// The editor (TipTap, ProseMirror, the export dialog, photo placement) is most of the renderer's code and none
// of the library's first screen: it is a chunk of its own, fetched once the first screen is up and the browser
// is idle, so the library shows sooner and opening an article finds the chunk already there.
import { lazy } from 'react';

const loadEditor = () => import('../editor/ArticleEditor');

export const LazyArticleEditor = lazy(() => loadEditor().then((module) => ({ default: module.ArticleEditor })));

let preloading = false;

/**
 * Starts fetching the editor's chunk when the browser is next idle; import() loads a module only once. Called
 * when the library's first rows are on screen (or another screen has mounted): evaluating the chunk earlier
 * held the first rows back, as it ran on the main thread while their answer was arriving.
 */
export function preloadEditor(): void {
  if (preloading) return;
  preloading = true;
  const load = () => void loadEditor();
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 2000 });
  else window.setTimeout(load, 200);
}
