export const ROUTE_NAMES = ['changes', 'dossier', 'procedures', 'ratings', 'heartbeat', 'tra-cuu-ho-so'] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

export type RouteMatch =
  | { route: 'changes' | 'procedures' | 'ratings' | 'heartbeat' | 'tra-cuu-ho-so' }
  | { route: 'dossier'; code: string }
  | { route: null; status: 404 | 405 };

const METHOD: Record<RouteName, 'GET' | 'POST'> = {
  changes: 'GET',
  dossier: 'GET',
  procedures: 'GET',
  ratings: 'POST',
  heartbeat: 'POST',
  'tra-cuu-ho-so': 'POST',
};

function routeOf(pathname: string): RouteMatch {
  if (pathname === '/v1/dossiers/changes') return { route: 'changes' };
  if (pathname === '/v1/procedures') return { route: 'procedures' };
  if (pathname === '/v1/ratings') return { route: 'ratings' };
  if (pathname === '/v1/heartbeat') return { route: 'heartbeat' };
  // The national portal's lookup by code, as a national-format server answers it.
  if (pathname === '/TraCuuHoSo') return { route: 'tra-cuu-ho-so' };
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
