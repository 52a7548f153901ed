import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from '../../../shared/i18n/dictionary.types';
import { useLocale, useT } from '../../../shared/i18n/i18n-provider';
import { isLocale, type Locale } from '../../../shared/i18n/locales';
import type { MessageParams } from '../../../shared/i18n/translate';
import { ticketsEn, type TicketsKey, type TicketsMessages } from './en';

/**
 * The tickets pages carry their own messages (English inside their chunk, the other languages as chunks of their
 * own), so the portal's entry bundle does not grow with them. Until a language has loaded, English shows.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<TicketsMessages>> = {
  pt: () => import('./pt').then((m) => m.ticketsPt),
  es: () => import('./es').then((m) => m.ticketsEs),
  fr: () => import('./fr').then((m) => m.ticketsFr),
};
const loaded: Partial<Record<Locale, TicketsMessages>> = { en: ticketsEn };
const pending = new Map<Locale, Promise<void>>();

export function isTicketsLocaleLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

export function loadTicketsMessages(locale: Locale): Promise<void> {
  if (loaded[locale]) return Promise.resolve();
  let request = pending.get(locale);
  if (!request) {
    request = LOADERS[locale as Exclude<Locale, 'en'>]()
      .then((messages) => {
        loaded[locale] = messages;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, request);
  }
  return request;
}

/** For the route loader: fetch the language on screen together with the page's chunk (no English flash). */
export function preloadTicketsMessages(): Promise<void> {
  const lang = typeof document === 'undefined' ? null : document.documentElement.lang;
  return isLocale(lang) ? loadTicketsMessages(lang).catch(() => undefined) : Promise.resolve();
}

const isTicketsKey = (key: string): key is TicketsKey => key in ticketsEn;

export function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function translateTickets(locale: Locale, key: TicketsKey, params?: MessageParams): string {
  return fill(loaded[locale]?.[key] ?? ticketsEn[key], params);
}

export type TicketsTranslate = (key: TicketsKey | MessageKey, params?: MessageParams) => string;

/** `t` for the tickets pages: their own keys, and every shared key of the portal's dictionary. */
export function useTicketsT(): TicketsTranslate {
  const { locale } = useLocale();
  const t = useT();
  // Bumped when a language arrives, so the page re-renders in it.
  const [, setLoads] = useState(0);
  const shown = isTicketsLocaleLoaded(locale) ? locale : 'en';

  useEffect(() => {
    if (isTicketsLocaleLoaded(locale)) return;
    let current = true;
    loadTicketsMessages(locale)
      .then(() => current && setLoads((n) => n + 1))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [locale]);

  return useCallback<TicketsTranslate>(
    (key, params) => (isTicketsKey(key) ? translateTickets(shown, key, params) : t(key, params)),
    [shown, t],
  );
}
