import { BRAND_SHADE, generatePalette, isHexColor } from './color-palette';

function lightness(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return r + g + b;
}

describe('generatePalette', () => {
  it('keeps the brand colour at the primary shade and orders shades light to dark', () => {
    const palette = generatePalette('#D6336C');
    expect(palette).toHaveLength(10);
    expect(palette[BRAND_SHADE]).toBe('#d6336c');
    for (let i = 1; i < palette.length; i += 1) {
      expect(lightness(palette[i])).toBeLessThan(lightness(palette[i - 1]));
    }
  });

  it('expands three-digit hex colours', () => {
    expect(generatePalette('#0af')[BRAND_SHADE]).toBe('#00aaff');
  });

  it('recognises only hex colours', () => {
    expect(isHexColor('#4c6ef5')).toBe(true);
    expect(isHexColor('4c6ef5')).toBe(false);
    expect(isHexColor('red')).toBe(false);
    expect(isHexColor(null)).toBe(false);
  });
});
