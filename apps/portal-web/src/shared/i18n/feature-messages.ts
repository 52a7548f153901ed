import { useCallback, useEffect, useState } from 'react';
import type { MessageKey } from './dictionary.types';
import { requestedLocale, useLocale } from './i18n-provider';
import { isLocale, type Locale } from './locales';
import { fill, translate as translateShared, type MessageParams } from './translate';

export type FeatureTranslate<K extends string> = (key: K | MessageKey, params?: MessageParams) => string;

export interface FeatureMessages<K extends string> {
  /** For a route's lazy loader: fetches the language about to be shown together with the page (no English flash). */
  preload(): Promise<void>;
  /** Loads a language's messages once (concurrent callers share the request). */
  load(locale: Locale): Promise<void>;
  isLoaded(locale: Locale): boolean;
  /** The feature's message in `locale`, English until that language has loaded. */
  translate(locale: Locale, key: K, params?: MessageParams): string;
  /** `t` for the feature's components: its own keys, and every key of the portal's shared dictionary. */
  useT(): FeatureTranslate<K>;
}

/**
 * Messages that live with a feature instead of the portal's shared dictionary: the English ones inside the feature's
 * chunk, the other languages as chunks of their own, so the entry bundle does not grow with the feature.
 */
export function createFeatureMessages<M extends Record<string, string>>(
  en: M,
  loaders: Record<Exclude<Locale, 'en'>, () => Promise<Record<keyof M, string>>>,
): FeatureMessages<keyof M & string> {
  type Key = keyof M & string;
  const loaded: Partial<Record<Locale, Record<Key, string>>> = { en };
  const pending = new Map<Locale, Promise<void>>();

  const isLoaded = (locale: Locale) => loaded[locale] !== undefined;
  const isOwnKey = (key: string): key is Key => Object.hasOwn(en, key);

  function load(locale: Locale): Promise<void> {
    if (locale === 'en' || loaded[locale]) return Promise.resolve();
    let request = pending.get(locale);
    if (!request) {
      request = loaders[locale]()
        .then((messages) => {
          loaded[locale] = messages;
        })
        .finally(() => pending.delete(locale));
      pending.set(locale, request);
    }
    return request;
  }

  function preload(): Promise<void> {
    // The language on screen, and the one the portal is switching to (on a cold start <html lang> still says `en`).
    const onScreen = typeof document === 'undefined' ? null : document.documentElement.lang;
    const wanted = new Set<Locale>([requestedLocale()]);
    if (isLocale(onScreen)) wanted.add(onScreen);
    return Promise.all([...wanted].map((locale) => load(locale).catch(() => undefined))).then(() => undefined);
  }

  function translate(locale: Locale, key: Key, params?: MessageParams): string {
    return fill(loaded[locale]?.[key] ?? en[key], params);
  }

  function useT(): FeatureTranslate<Key> {
    const { locale } = useLocale();
    // Until the feature's messages arrive in a new language, the whole page stays in the one it was shown in (shared
    // keys included), so a screen never mixes two languages.
    const [previous, setPrevious] = useState<Locale>('en');
    const shown = isLoaded(locale) ? locale : previous;

    useEffect(() => {
      if (isLoaded(locale)) {
        setPrevious(locale);
        return;
      }
      let current = true;
      load(locale)
        .then(() => current && setPrevious(locale))
        .catch(() => undefined);
      return () => {
        current = false;
      };
    }, [locale]);

    return useCallback<FeatureTranslate<Key>>(
      (key, params) => (isOwnKey(key) ? translate(shown, key, params) : translateShared(shown, key, params)),
      [shown],
    );
  }

  return { preload, load, isLoaded, translate, useT };
}
