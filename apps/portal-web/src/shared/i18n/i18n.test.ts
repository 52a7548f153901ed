import { en } from './dictionaries/en.dictionary';
import { formatDate, formatMoney } from './format';
import { detectLocale, intlTagFor, LOCALES, toLocale } from './locales';
import { es } from './dictionaries/es.dictionary';
import { fr } from './dictionaries/fr.dictionary';
import { pt } from './dictionaries/pt.dictionary';
import { loadDictionary, translate } from './translate';

const DICTIONARIES = { en, pt, es, fr };
beforeAll(() => Promise.all(LOCALES.map(loadDictionary)));

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dictionaries', () => {
  const englishKeys = Object.keys(en).sort();

  it.each(LOCALES)('%s defines exactly the English keys', (locale) => {
    expect(Object.keys(DICTIONARIES[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('%s has no blank messages and keeps every placeholder', (locale) => {
    for (const key of englishKeys as (keyof typeof en)[]) {
      const message = DICTIONARIES[locale][key];
      expect(message.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(message) }).toEqual({ key, placeholders: placeholders(en[key]) });
    }
  });
});

describe('translate', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('fr', 'home.greeting', { name: 'Ana' })).toBe('Bienvenue, Ana');
    expect(translate('en', 'home.greeting')).toBe('Welcome, {name}');
  });
});

describe('locale detection', () => {
  it('takes the first supported browser language', () => {
    expect(detectLocale(['de-DE', 'es-MX', 'en'])).toBe('es');
    expect(detectLocale(['de-DE'])).toBe('en');
    expect(toLocale('PT_br')).toBe('pt');
  });

  it("keeps the reader's region for formatting when it matches", () => {
    expect(intlTagFor('pt', ['pt-PT', 'en'])).toBe('pt-PT');
    expect(intlTagFor('fr', ['en-GB'])).toBe('fr');
  });
});

describe('formatting', () => {
  it('formats money from integer minor units, exactly', () => {
    expect(formatMoney('en-US', 123456, 'USD')).toBe('$1,234.56');
    expect(formatMoney('en-US', '-5', 'EUR')).toBe('-€0.05');
    expect(formatMoney('en-US', '900719925474099312', 'USD')).toBe('$9,007,199,254,740,993.12');
    expect(formatMoney('en-US', 1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney('pt-BR', 123456, 'BRL').replace(/\s/g, ' ')).toBe('R$ 1.234,56');
  });

  it('formats dates in the locale', () => {
    const date = '2025-03-04T12:00:00Z';
    expect(formatDate('en', date, { dateStyle: 'long' }, 'UTC')).toBe('March 4, 2025');
    expect(formatDate('fr', date, { dateStyle: 'long' }, 'UTC')).toBe('4 mars 2025');
    expect(formatDate('es', date, { dateStyle: 'long' }, 'UTC')).toBe('4 de marzo de 2025');
  });
});
