import { en as sharedEn } from './dictionaries/en.dictionary';
import type { Locale } from './locales';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The parity checks a feature's own messages need (the shared dictionary's test no longer sees them): every language
 * has exactly the English keys, none blank, with the same placeholders; and no key also exists in the shared
 * dictionary, where the feature's `t` would silently hide one of the two.
 */
export function describeFeatureMessages(
  feature: string,
  en: Record<string, string>,
  translations: Record<Exclude<Locale, 'en'>, Record<string, string>>,
): void {
  describe(`${feature} messages`, () => {
    const englishKeys = Object.keys(en).sort();

    it.each(Object.entries(translations))(
      '%s has every English key, none blank, same placeholders',
      (_locale, messages) => {
        expect(Object.keys(messages).sort()).toEqual(englishKeys);
        for (const key of englishKeys) {
          expect(messages[key].trim()).not.toBe('');
          expect({ key, placeholders: placeholders(messages[key]) }).toEqual({
            key,
            placeholders: placeholders(en[key]),
          });
        }
      },
    );

    it('uses no key of the shared dictionary', () => {
      expect(englishKeys.filter((key) => Object.hasOwn(sharedEn, key))).toEqual([]);
    });
  });
}
