import { createTheme } from '@mantine/core';
import type { MantineThemeOverride } from '@mantine/core';
import { BRAND_SHADE, generatePalette, isHexColor } from '../shared/theme/color-palette';

/** Used before anyone signs in, when no agency branding is known yet. */
export const DEFAULT_BRAND_COLOR = '#4c6ef5';

// System fonts only: the portal must not load anything from a CDN.
const FONT_STACK =
  'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export function buildTheme(brandColor?: string | null): MantineThemeOverride {
  const primary = isHexColor(brandColor) ? brandColor : DEFAULT_BRAND_COLOR;
  return createTheme({
    primaryColor: 'brand',
    primaryShade: { light: BRAND_SHADE, dark: BRAND_SHADE },
    colors: { brand: generatePalette(primary) },
    // Agencies pick any colour: let Mantine choose black or white text on filled buttons.
    autoContrast: true,
    fontFamily: FONT_STACK,
    headings: { fontFamily: FONT_STACK, fontWeight: '650' },
    defaultRadius: 'md',
    // Plain objects rather than Button.extend(): importing the components would pull them into the entry chunk.
    components: {
      Card: { defaultProps: { withBorder: true, radius: 'lg', padding: 'lg' } },
    },
  });
}
