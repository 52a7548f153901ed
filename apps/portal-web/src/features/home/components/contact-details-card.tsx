import { Card, Stack, Text, Title } from '@mantine/core';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useT } from '../../../shared/i18n/i18n-provider';

export function ContactDetailsCard() {
  const t = useT();
  const { contact, client } = usePortalViewer();
  const rows = [
    { label: t('home.nameLabel'), value: contact.name },
    { label: t('home.emailLabel'), value: contact.email },
    { label: t('home.clientLabel'), value: client.name },
  ];

  return (
    <Card h="100%">
      <Title order={2} size="h4" mb="md">
        {t('home.contactTitle')}
      </Title>
      <Stack component="dl" gap="sm" m={0}>
        {rows.map((row) => (
          <div key={row.label}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {row.label}
            </Text>
            <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
              {row.value}
            </Text>
          </div>
        ))}
      </Stack>
    </Card>
  );
}
