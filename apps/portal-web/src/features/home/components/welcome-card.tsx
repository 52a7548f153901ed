import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useFormatters, useT } from '../../../shared/i18n/i18n-provider';
import { ClientStatusBadge } from './client-status-badge';

export function WelcomeCard({ today }: { today: Date }) {
  const t = useT();
  const format = useFormatters();
  const { contact, client, branding } = usePortalViewer();

  return (
    <Card bg="var(--mantine-primary-color-light)" style={{ borderColor: 'var(--mantine-primary-color-light-hover)' }}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('home.today', { date: format.date(today, { dateStyle: 'full' }) })}
        </Text>
        <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
          {t('home.greeting', { name: contact.name })}
        </Title>
        <Text>{t('home.intro', { agency: branding.agencyName, client: client.name })}</Text>
        <Group gap="sm" mt="xs" wrap="wrap">
          <Text fw={600} size="lg" style={{ overflowWrap: 'anywhere' }} aria-label={t('home.clientLabel')}>
            {client.name}
          </Text>
          <ClientStatusBadge status={client.status} />
        </Group>
      </Stack>
    </Card>
  );
}
