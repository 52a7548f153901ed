import { en } from './dictionaries/en.dictionary';
import type { Locale } from './locales';
import type { Dictionary, MessageKey } from './dictionary.types';

/**
 * English ships in the entry bundle; the other languages are separate chunks loaded when first needed (they are ~7 kB
 * gzipped each and most visitors need one). Until a language has loaded, its messages fall back to English.
 */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<Dictionary>> = {
  pt: () => import('./dictionaries/pt.dictionary').then((m) => m.pt),
  es: () => import('./dictionaries/es.dictionary').then((m) => m.es),
  fr: () => import('./dictionaries/fr.dictionary').then((m) => m.fr),
};
const loaded: Partial<Record<Locale, Dictionary>> = { en };
const pending = new Map<Locale, Promise<void>>();

export function isDictionaryLoaded(locale: Locale): boolean {
  return loaded[locale] !== undefined;
}

/** Loads a language's messages once (concurrent callers share the request). */
export function loadDictionary(locale: Locale): Promise<void> {
  if (locale === 'en' || loaded[locale]) return Promise.resolve();
  let request = pending.get(locale);
  if (!request) {
    request = LOADERS[locale]()
      .then((dictionary) => {
        loaded[locale] = dictionary;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, request);
  }
  return request;
}

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Fills `{name}` placeholders; unknown ones stay visible so a missing parameter shows instead of vanishing. */
export function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
}

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  return fill(loaded[locale]?.[key] ?? en[key], params);
}
