export const ROUTE_NAMES = ['changes', 'dossier', 'procedures', 'ratings', 'heartbeat'] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

export type RouteMatch =
  | { route: 'changes' | 'procedures' | 'ratings' | 'heartbeat' }
  | { route: 'dossier'; code: string }
  | { route: null; status: 404 | 405 };

const METHOD: Record<RouteName, 'GET' | 'POST'> = {
  changes: 'GET',
  dossier: 'GET',
  procedures: 'GET',
  ratings: 'POST',
  heartbeat: 'POST',
};

function routeOf(pathname: string): RouteMatch {
  if (pathname === '/v1/dossiers/changes') return { route: 'changes' };
  if (pathname === '/v1/procedures') return { route: 'procedures' };
  if (pathname === '/v1/ratings') return { route: 'ratings' };
  if (pathname === '/v1/heartbeat') return { route: 'heartbeat' };
  const dossier = /^\/v1\/dossiers\/([^/]+)$/.exec(pathname);
  if (dossier) {
    try {
      return { route: 'dossier', code: decodeURIComponent(dossier[1] as string) };
    } catch {
      return { route: null, status: 404 };
    }
  }
  return { route: null, status: 404 };
}

/** The protocol route of a request. */
export function matchRoute(method: string, pathname: string): RouteMatch {
  const match = routeOf(pathname);
  if (match.route === null || method === METHOD[match.route]) return match;
  return { route: null, status: 405 };
}
