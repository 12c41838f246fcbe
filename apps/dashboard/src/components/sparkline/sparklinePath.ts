// The line of a sparkline as SVG path data, scaled into a fixed box.

export interface SparkPoint {
  year: number;
  value: number;
}

/**
 * "M x,y L x,y …" for points in year order, fitted into width × height with `pad` units of margin;
 * a flat or single-value series is drawn at mid height. Empty string for no points.
 */
export function sparklinePath(points: readonly SparkPoint[], width: number, height: number, pad = 2): string {
  if (points.length === 0) return '';
  const sorted = [...points].sort((a, b) => a.year - b.year);
  const years = sorted.map((p) => p.year);
  const values = sorted.map((p) => p.value);
  const minYear = Math.min(...years);
  const yearSpan = Math.max(...years) - minYear;
  const minValue = Math.min(...values);
  const valueSpan = Math.max(...values) - minValue;
  const round = (n: number) => Math.round(n * 100) / 100;
  const x = (year: number) => (yearSpan === 0 ? width / 2 : pad + ((year - minYear) / yearSpan) * (width - 2 * pad));
  const y = (value: number) => (valueSpan === 0 ? height / 2 : height - pad - ((value - minValue) / valueSpan) * (height - 2 * pad));
  return sorted.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(x(p.year))},${round(y(p.value))}`).join(' ');
}
