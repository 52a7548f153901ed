import { createContext, useCallback, useContext, useEffect, useLayoutEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { formatCalendarDate } from '@clientflow/domain';
import { formatDate, formatMoney } from './format';
import { browserLanguages, detectLocale, intlTagFor, isLocale, toLocale } from './locales';
import type { Locale } from './locales';
import { isDictionaryLoaded, loadDictionary, translate } from './translate';
import type { Translate } from './translate';

const STORAGE_KEY = 'clientflow.portal.locale';

interface I18nContextValue {
  locale: Locale;
  /** BCP 47 tag for Intl formatting. */
  intlTag: string;
  t: Translate;
  chooseLocale: (locale: Locale) => void;
  setSessionLocale: (locale: Locale | null) => void;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function readStoredLocale(): Locale | null {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

function storeLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice simply lasts for this visit.
  }
}

// The language the provider wants on screen (its dictionary may still be loading), for code outside React.
let requested: Locale | null = null;

/**
 * The language the portal is showing or switching to: what route loaders fetch a feature's messages in. Before the
 * provider has rendered, the choice it will start from.
 */
export function requestedLocale(): Locale {
  return requested ?? readStoredLocale() ?? detectLocale(browserLanguages());
}

interface I18nProviderProps {
  children: ReactNode;
  /** Mainly for tests; otherwise the stored choice or the browser's languages decide. */
  initialLocale?: Locale;
}

export function I18nProvider({ children, initialLocale }: I18nProviderProps) {
  const [chosen, setChosen] = useState<Locale>(
    () => initialLocale ?? readStoredLocale() ?? detectLocale(browserLanguages()),
  );
  // The agency's portal language wins while a contact is signed in.
  const [sessionLocale, setSessionLocale] = useState<Locale | null>(null);
  const wanted = sessionLocale ?? chosen;
  // The language whose messages are on screen: the wanted one once its dictionary chunk has loaded (English until
  // then, or for good if the chunk cannot be fetched).
  const [shown, setShown] = useState<Locale>(() => (isDictionaryLoaded(wanted) ? wanted : 'en'));
  const locale = isDictionaryLoaded(wanted) ? wanted : shown;
  // Remembered while rendering: it stays on screen while the next choice's chunk loads.
  if (locale !== shown) setShown(locale);

  useLayoutEffect(() => {
    requested = wanted;
    return () => {
      requested = null;
    };
  }, [wanted]);

  useEffect(() => {
    let current = true;
    // Settles at once when the chunk is here already (a route loader may have fetched it since the render).
    loadDictionary(wanted)
      .then(() => current && setShown(wanted))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wanted]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const chooseLocale = useCallback((next: Locale) => {
    setChosen(next);
    storeLocale(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      locale,
      intlTag: intlTagFor(locale, browserLanguages()),
      t: (key, params) => translate(locale, key, params),
      chooseLocale,
      setSessionLocale,
    }),
    [locale, chooseLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): { locale: Locale; chooseLocale: (locale: Locale) => void } {
  const { locale, chooseLocale } = useI18n();
  return { locale, chooseLocale };
}

/** The BCP 47 tag for Intl formatters the shared ones do not cover (percentages, quantities). */
export function useIntlTag(): string {
  return useI18n().intlTag;
}

export function useFormatters() {
  const { intlTag } = useI18n();
  return useMemo(
    () => ({
      date: (value: Date | string, options?: Intl.DateTimeFormatOptions) => formatDate(intlTag, value, options),
      /** A calendar date (`2026-03-14`: a due date, not an instant), on that day in every time zone. */
      calendarDate: (isoDate: string) => formatCalendarDate(isoDate, intlTag),
      money: (minorUnits: number | bigint | string, currency: string) => formatMoney(intlTag, minorUnits, currency),
    }),
    [intlTag],
  );
}

/** Applies the agency's portal language (`branding.locale`) for as long as the caller is mounted. */
export function useSessionLocale(tag: string | null | undefined): void {
  const { setSessionLocale } = useI18n();
  const locale = toLocale(tag);
  useLayoutEffect(() => {
    setSessionLocale(locale);
    return () => setSessionLocale(null);
  }, [locale, setSessionLocale]);
}
