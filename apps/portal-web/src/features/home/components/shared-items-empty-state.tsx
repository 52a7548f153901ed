import { Card, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconFolders } from '@tabler/icons-react';
import { useT } from '../../../shared/i18n/i18n-provider';

/** Stands in for projects, documents and invoices until the agency shares any: nothing here is faked. */
export function SharedItemsEmptyState({ agencyName }: { agencyName: string }) {
  const t = useT();
  return (
    <Card h="100%">
      <Stack align="center" justify="center" ta="center" gap="sm" py={{ base: 'lg', sm: 48 }} h="100%">
        <ThemeIcon size={64} radius="xl" variant="light" aria-hidden>
          <IconFolders size={32} />
        </ThemeIcon>
        <Title order={2} size="h3">
          {t('home.emptyTitle')}
        </Title>
        <Text maw={420}>{t('home.emptyBody')}</Text>
        <Text size="sm" c="dimmed" maw={420}>
          {t('home.emptyHint', { agency: agencyName })}
        </Text>
      </Stack>
    </Card>
  );
}
