import { canonicalLocale } from '@clientflow/domain';

export interface Option {
  value: string;
  label: string;
}

const displayName = (type: 'currency' | 'language', code: string) => {
  try {
    return new Intl.DisplayNames(['en'], { type }).of(code) ?? code;
  } catch {
    return code;
  }
};

let currencies: Option[] | undefined;
export function currencyOptions(): Option[] {
  currencies ??= Intl.supportedValuesOf('currency').map((code) => ({
    value: code,
    label: `${code} — ${displayName('currency', code)}`,
  }));
  return currencies;
}

let zones: Option[] | undefined;
export function timeZoneOptions(current?: string): Option[] {
  zones ??= ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')].map((z) => ({
    value: z,
    label: z.replace(/_/g, ' '),
  }));
  return current && !zones.some((z) => z.value === current) ? [{ value: current, label: current }, ...zones] : zones;
}

const LOCALES = [
  'en',
  'en-US',
  'en-GB',
  'en-AU',
  'en-CA',
  'en-IE',
  'en-IN',
  'pt',
  'pt-BR',
  'pt-PT',
  'es',
  'es-ES',
  'es-MX',
  'es-AR',
  'es-CL',
  'es-CO',
  'fr',
  'fr-FR',
  'fr-CA',
  'de',
  'de-DE',
  'de-AT',
  'de-CH',
  'it',
  'nl',
  'sv',
  'da',
  'nb',
  'fi',
  'pl',
  'cs',
  'ja',
  'ko',
  'zh-CN',
  'zh-TW',
];

export function localeOptions(current?: string): Option[] {
  const list = current && !LOCALES.includes(current) ? [current, ...LOCALES] : LOCALES;
  return list
    .filter((tag) => canonicalLocale(tag))
    .map((tag) => {
      const [lang, region] = tag.split('-');
      const language = displayName('language', lang!);
      const regionName = region ? new Intl.DisplayNames(['en'], { type: 'region' }).of(region) : null;
      return { value: tag, label: regionName ? `${language} (${regionName}) — ${tag}` : `${language} — ${tag}` };
    });
}
