import { Center, Loader } from '@mantine/core';
import { useT } from '../i18n/i18n-provider';

export function FullPageLoader() {
  const t = useT();
  return (
    <Center mih="100dvh" role="status" aria-label={t('common.loading')}>
      <Loader />
    </Center>
  );
}
