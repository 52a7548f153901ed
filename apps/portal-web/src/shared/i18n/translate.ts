import { en } from './dictionaries/en.dictionary';
import { es } from './dictionaries/es.dictionary';
import { fr } from './dictionaries/fr.dictionary';
import { pt } from './dictionaries/pt.dictionary';
import type { Locale } from './locales';
import type { Dictionary, MessageKey } from './dictionary.types';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, pt, es, fr };

export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const template = DICTIONARIES[locale][key] ?? en[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
