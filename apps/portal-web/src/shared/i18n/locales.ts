export const LOCALES = ['en', 'pt', 'es', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a reader always finds their own. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  pt: 'Português',
  es: 'Español',
  fr: 'Français',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** `pt-BR` → `pt`; anything unsupported → null. */
export function toLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(language) ? language : null;
}

export function detectLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const locale = toLocale(tag);
    if (locale) return locale;
  }
  return DEFAULT_LOCALE;
}

/**
 * The BCP 47 tag for Intl: keeps the reader's region when it matches the language
 * (a pt-PT browser formats dates the Portuguese way even though the portal says `pt`).
 */
export function intlTagFor(locale: Locale, preferred: readonly string[]): string {
  return preferred.find((tag) => toLocale(tag) === locale) ?? locale;
}

export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language];
}
