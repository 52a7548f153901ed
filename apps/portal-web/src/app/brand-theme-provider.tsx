import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { createContext, useContext, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { buildTheme } from './theme';

const SetBrandColorContext = createContext<(color: string | null) => void>(() => undefined);

interface BrandThemeProviderProps {
  children: ReactNode;
  initialBrandColor?: string | null;
}

/**
 * One MantineProvider for the whole app whose primary palette follows the signed-in
 * agency; nested providers would fight over the same :root CSS variables.
 */
export function BrandThemeProvider({ children, initialBrandColor = null }: BrandThemeProviderProps) {
  const [brandColor, setBrandColor] = useState<string | null>(initialBrandColor);
  const theme = useMemo(() => buildTheme(brandColor), [brandColor]);
  return (
    <SetBrandColorContext.Provider value={setBrandColor}>
      <MantineProvider theme={theme} forceColorScheme="light">
        <Notifications position="top-center" limit={3} />
        {children}
      </MantineProvider>
    </SetBrandColorContext.Provider>
  );
}

/** Brands the app with the agency colour while the caller is mounted. */
export function useBrandColor(color: string | null | undefined): void {
  const setBrandColor = useContext(SetBrandColorContext);
  useLayoutEffect(() => {
    setBrandColor(color ?? null);
    return () => setBrandColor(null);
  }, [color, setBrandColor]);
}
