// The six units' boundaries, parsed once and drawn into a fixed SVG box.
import geojson from './kreise_bergisch.geojson?raw';
import { fitProjection, geometryPath, type PolygonGeometry } from './projection';

interface UnitFeature {
  properties: { ags: string; name: string };
  geometry: PolygonGeometry;
}

export const MAP_WIDTH = 600;
const PADDING = 8;

export interface UnitShape {
  ags: string;
  name: string;
  path: string;
}

export function unitShapes(): { shapes: UnitShape[]; width: number; height: number } {
  const features = (JSON.parse(geojson) as { features: UnitFeature[] }).features;
  const projection = fitProjection(
    features.map((feature) => feature.geometry),
    MAP_WIDTH,
    PADDING,
  );
  return {
    shapes: features.map((feature) => ({
      ags: feature.properties.ags,
      name: feature.properties.name,
      path: geometryPath(feature.geometry, projection),
    })),
    width: projection.width,
    height: projection.height,
  };
}
