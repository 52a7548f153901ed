import type { ReactNode } from 'react';
import { I18nProvider } from '../shared/i18n/i18n-provider';
import type { Locale } from '../shared/i18n/locales';
import { BrandThemeProvider } from './brand-theme-provider';

interface AppProvidersProps {
  children: ReactNode;
  initialLocale?: Locale;
}

/** Everything but Apollo and the router, so tests can wrap the same tree around mocks. */
export function AppProviders({ children, initialLocale }: AppProvidersProps) {
  return (
    <I18nProvider initialLocale={initialLocale}>
      <BrandThemeProvider>{children}</BrandThemeProvider>
    </I18nProvider>
  );
}
