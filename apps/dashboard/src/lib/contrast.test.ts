import { describe, expect, it } from 'vitest';
import { contrastRatio, DARK_TEXT, LIGHT_TEXT, MIN_CONTRAST, parseHexColor, relativeLuminance, textColorOn } from './contrast';

/** The official SDG colours, goal 1 to 17. */
const SDG_COLORS = [
  '#E5243B', '#DDA63A', '#4C9F38', '#C5192D', '#FF3A21', '#26BDE2', '#FCC30B', '#A21942', '#FD6925',
  '#DD1367', '#FD9D24', '#BF8B2E', '#3F7E44', '#0A97D9', '#56C02B', '#00689D', '#19486A',
];

describe('contrast maths', () => {
  it('parses hex colours', () => {
    expect(parseHexColor('#19486A')).toEqual([0x19, 0x48, 0x6a]);
    expect(parseHexColor('fff')).toEqual([255, 255, 255]);
    expect(() => parseHexColor('red')).toThrow();
  });

  it('matches the WCAG reference values', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#FFFFFF')).toBe(1);
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#FFFFFF', '#FFFFFF')).toBe(1);
    // #767676 is the lightest grey that passes AA on white.
    expect(contrastRatio('#767676', '#FFFFFF')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#FFFFFF')).toBeLessThan(4.5);
  });
});

describe('textColorOn the 17 SDG colours', () => {
  it.each(SDG_COLORS.map((color, i) => [i + 1, color] as const))('goal %i (%s) gets text with contrast ≥ 4.5', (_goal, color) => {
    const text = textColorOn(color);
    expect(contrastRatio(text, color)).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });

  it('keeps white wherever white passes, and uses dark text exactly where it does not', () => {
    for (const color of SDG_COLORS) {
      const whitePasses = contrastRatio(LIGHT_TEXT, color) >= MIN_CONTRAST;
      expect(textColorOn(color), color).toBe(whitePasses ? LIGHT_TEXT : DARK_TEXT);
    }
  });

  it('needs dark text on the light goal colours', () => {
    const dark = SDG_COLORS.filter((c) => textColorOn(c) === DARK_TEXT);
    // Goals 2, 3, 5, 6, 7, 9, 11, 12, 14, 15: white stays below 4.5:1 on them.
    expect(dark).toEqual(['#DDA63A', '#4C9F38', '#FF3A21', '#26BDE2', '#FCC30B', '#FD6925', '#FD9D24', '#BF8B2E', '#0A97D9', '#56C02B']);
    expect(textColorOn('#E5243B')).toBe(LIGHT_TEXT);
    expect(textColorOn('#19486A')).toBe(LIGHT_TEXT);
  });
});
