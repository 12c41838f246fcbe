// Draws GeoJSON polygons as SVG paths with a simple equirectangular projection: longitude is scaled
// by the cosine of the mean latitude, which keeps the shapes true enough for an area the size of the
// Bergisches Land (about 70 km) without a map library.

/** [longitude, latitude] in degrees (WGS84). */
export type Position = readonly [number, number];

export type PolygonGeometry =
  | { type: 'Polygon'; coordinates: ReadonlyArray<ReadonlyArray<Position>> }
  | { type: 'MultiPolygon'; coordinates: ReadonlyArray<ReadonlyArray<ReadonlyArray<Position>>> };

export interface Projection {
  /** SVG x, y (y grows downwards) of a position. */
  project: (position: Position) => [number, number];
  width: number;
  /** Height that keeps the shapes' proportions at the given width. */
  height: number;
}

function ringsOf(geometry: PolygonGeometry): ReadonlyArray<ReadonlyArray<Position>> {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** A projection that fits all `geometries` into `width` (plus `padding` on every side). */
export function fitProjection(geometries: readonly PolygonGeometry[], width: number, padding = 0): Projection {
  const positions = geometries.flatMap((geometry) => ringsOf(geometry).flat());
  if (positions.length === 0) throw new Error('fitProjection: the geometries have no coordinates');
  const lons = positions.map(([lon]) => lon);
  const lats = positions.map(([, lat]) => lat);
  const minLon = Math.min(...lons);
  const maxLat = Math.max(...lats);
  const minLat = Math.min(...lats);
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = (Math.max(...lons) - minLon) * xScale;
  const spanY = maxLat - minLat;
  const inner = width - 2 * padding;
  const k = spanX > 0 ? inner / spanX : 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    project: ([lon, lat]) => [round(padding + (lon - minLon) * xScale * k), round(padding + (maxLat - lat) * k)],
    width,
    height: Math.ceil(spanY * k + 2 * padding),
  };
}

/** SVG path data: one closed subpath per ring (holes are drawn with the even-odd rule). */
export function geometryPath(geometry: PolygonGeometry, projection: Projection): string {
  return ringsOf(geometry)
    .filter((ring) => ring.length > 0)
    .map((ring) => `M${ring.map((position) => projection.project(position).join(',')).join('L')}Z`)
    .join('');
}
