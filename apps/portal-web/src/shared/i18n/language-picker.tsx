import { NativeSelect } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useLocale, useT } from './i18n-provider';
import { LOCALE_NAMES, LOCALES, isLocale } from './locales';

const OPTIONS = LOCALES.map((locale) => ({ value: locale, label: LOCALE_NAMES[locale] }));

export function LanguagePicker() {
  const t = useT();
  const { locale, chooseLocale } = useLocale();
  return (
    <NativeSelect
      aria-label={t('language.label')}
      data={OPTIONS}
      value={locale}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) chooseLocale(next);
      }}
      leftSection={<IconLanguage size={16} aria-hidden />}
      size="xs"
      w={150}
    />
  );
}
