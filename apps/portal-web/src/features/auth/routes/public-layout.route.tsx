import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { useT } from '../../../shared/i18n/i18n-provider';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { PublicFrame } from '../components/public-frame';

/** Frame for the signed-out pages; no agency branding is known yet. */
export function PublicLayout() {
  const t = useT();
  useDocumentTitle(t('app.title'));
  return (
    <PublicFrame
      header={
        <Group gap="xs" justify="center">
          <ThemeIcon size="lg" radius="md" variant="light" aria-hidden>
            <IconShieldLock size={20} />
          </ThemeIcon>
          <Text fw={600} size="lg">
            {t('app.title')}
          </Text>
        </Group>
      }
    >
      <Outlet />
    </PublicFrame>
  );
}
