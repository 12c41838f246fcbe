// WCAG 2.x contrast maths, used to pick readable text on the official SDG colours.

export const LIGHT_TEXT = '#FFFFFF';
export const DARK_TEXT = '#1A1A1A';
/** WCAG AA for normal text. */
export const MIN_CONTRAST = 4.5;

/** Parses #RGB or #RRGGBB; throws on anything else so a bad colour is noticed, not rendered grey. */
export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not a hex colour: ${hex}`);
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

function channelLuminance(channel8bit: number): number {
  const c = channel8bit / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance as defined by WCAG (0 = black, 1 = white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHexColor(hex).map(channelLuminance) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * White text where it reaches WCAG AA on `background`, dark text otherwise (or whichever of the
 * two contrasts more when neither reaches it).
 */
export function textColorOn(background: string): string {
  const light = contrastRatio(LIGHT_TEXT, background);
  if (light >= MIN_CONTRAST) return LIGHT_TEXT;
  const dark = contrastRatio(DARK_TEXT, background);
  return dark >= light ? DARK_TEXT : LIGHT_TEXT;
}
