import { describe, expect, it } from 'vitest';
import { fitProjection, geometryPath, type PolygonGeometry } from './projection';
import geojson from './kreise_bergisch.geojson?raw';

const square: PolygonGeometry = {
  type: 'Polygon',
  coordinates: [
    [
      [7, 51],
      [8, 51],
      [8, 52],
      [7, 52],
      [7, 51],
    ],
  ],
};

describe('fitProjection', () => {
  it('scales longitude by the cosine of the mean latitude and puts north at the top', () => {
    const projection = fitProjection([square], 100);
    // One degree of longitude at 51.5° N is cos(51.5°) ≈ 0.6225 of a degree of latitude.
    expect(projection.height).toBe(Math.ceil(100 / Math.cos((51.5 * Math.PI) / 180)));
    expect(projection.project([7, 52])).toEqual([0, 0]);
    expect(projection.project([8, 52])).toEqual([100, 0]);
    const [x, y] = projection.project([8, 51]);
    expect(x).toBe(100);
    expect(y).toBeCloseTo(160.6, 1);
  });

  it('keeps a padding on every side', () => {
    const projection = fitProjection([square], 120, 10);
    expect(projection.project([7, 52])).toEqual([10, 10]);
    expect(projection.project([8, 52])).toEqual([110, 10]);
  });

  it('refuses geometries without coordinates', () => {
    expect(() => fitProjection([{ type: 'Polygon', coordinates: [] }], 100)).toThrow(/no coordinates/);
  });
});

describe('geometryPath', () => {
  it('draws each ring as a closed subpath, also for multipolygons', () => {
    const projection = fitProjection([square], 100);
    expect(geometryPath(square, projection)).toBe('M0,160.6L100,160.6L100,0L0,0L0,160.6Z');
    const multi: PolygonGeometry = { type: 'MultiPolygon', coordinates: [square.coordinates, square.coordinates] };
    expect(geometryPath(multi, projection).match(/Z/g)).toHaveLength(2);
  });

  it('draws the six units of the region inside the box', () => {
    const collection = JSON.parse(geojson) as { features: { geometry: PolygonGeometry }[] };
    const geometries = collection.features.map((feature) => feature.geometry);
    const projection = fitProjection(geometries, 600, 8);
    expect(geometries).toHaveLength(6);
    for (const geometry of geometries) {
      const numbers = geometryPath(geometry, projection).match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(8);
      expect(Math.max(...xs)).toBeLessThanOrEqual(592);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(8);
      expect(Math.max(...ys)).toBeLessThanOrEqual(projection.height - 8 + 0.1);
    }
  });
});
