// Two screens, addressed by the URL fragment so a reload (or Electron's View → Reload) returns to the same
// article: `#/` is the library, `#/articles/12` the editor, `#/outbox` the outbox and `#/destinations` its settings,
// `#/backups` the backup settings.
import { useCallback, useSyncExternalStore } from 'react';

export type Route = { screen: 'library' } | { screen: 'editor'; articleId: number } | { screen: 'outbox' } | { screen: 'destinations' } | { screen: 'backups' };

export function parseRoute(hash: string): Route {
  const match = /^#\/articles\/(\d+)$/.exec(hash);
  if (hash === '#/outbox') return { screen: 'outbox' };
  if (hash === '#/destinations') return { screen: 'destinations' };
  if (hash === '#/backups') return { screen: 'backups' };
  return match ? { screen: 'editor', articleId: Number(match[1]) } : { screen: 'library' };
}

export function routeHash(route: Route): string {
  if (route.screen === 'outbox' || route.screen === 'destinations' || route.screen === 'backups') return `#/${route.screen}`;
  return route.screen === 'editor' ? `#/articles/${route.articleId}` : '#/';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  const navigate = useCallback((route: Route) => {
    window.location.hash = routeHash(route);
  }, []);
  return [parseRoute(hash), navigate];
}
