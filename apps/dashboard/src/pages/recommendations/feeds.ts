// Addresses of the Atom feeds of status changes the API serves (per region, municipality or goal).
export const FEED_PATH = '/feeds/recommendations.atom';

export function feedUrl(scope: { municipality?: string | null; goal?: number | null; region?: string | null }): string {
  const params = new URLSearchParams();
  if (scope.region) params.set('region', scope.region);
  if (scope.municipality) params.set('municipality', scope.municipality);
  if (scope.goal !== undefined && scope.goal !== null) params.set('goal', String(scope.goal));
  const query = params.toString();
  return query ? `${FEED_PATH}?${query}` : FEED_PATH;
}
