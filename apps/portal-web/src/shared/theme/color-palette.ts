import type { MantineColorsTuple } from '@mantine/core';

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

/** Index 6 is Mantine's default primary shade, so the brand colour lands there unchanged. */
export const BRAND_SHADE = 6;

// How far each shade moves toward white (0–5) or black (7–9).
const TOWARD_WHITE = [0.92, 0.8, 0.64, 0.47, 0.3, 0.14];
const TOWARD_BLACK = [0.14, 0.28, 0.42];

type Rgb = [number, number, number];

export function isHexColor(value: unknown): value is string {
  return typeof value === 'string' && HEX.test(value);
}

function toRgb(hex: string): Rgb {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function mix(from: Rgb, to: Rgb, amount: number): Rgb {
  return from.map((c, i) => c + (to[i] - c) * amount) as Rgb;
}

/** A 10-shade Mantine palette around one brand colour (lightest first). */
export function generatePalette(hex: string): MantineColorsTuple {
  const base = toRgb(hex);
  const lighter = TOWARD_WHITE.map((amount) => toHex(mix(base, [255, 255, 255], amount)));
  const darker = TOWARD_BLACK.map((amount) => toHex(mix(base, [0, 0, 0], amount)));
  return [...lighter, toHex(base), ...darker] as unknown as MantineColorsTuple;
}
