import { Avatar, Box, Button, Group, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useSignOut } from '../../auth/hooks/use-sign-out';
import { useT } from '../../../shared/i18n/i18n-provider';
import { AgencyLogo } from './agency-logo';
import { LiveIndicator } from '../../live/components/live-indicator';

interface PortalHeaderProps {
  /** The mobile navigation toggle, shown before the logo. */
  navToggle?: ReactNode;
}

export function PortalHeader({ navToggle }: PortalHeaderProps) {
  const t = useT();
  const { contact, client, branding } = usePortalViewer();
  const { signOut, signingOut } = useSignOut();

  return (
    <Group h="100%" px={{ base: 'sm', sm: 'lg' }} justify="space-between" wrap="nowrap" gap="sm">
      <Group gap="sm" wrap="nowrap">
        {navToggle}
        <AgencyLogo agencyName={branding.agencyName} logoUrl={branding.logoUrl} />
      </Group>
      <Group gap="sm" wrap="nowrap">
        <LiveIndicator />
        <Group gap="xs" wrap="nowrap" title={t('header.signedInAs', { email: contact.email })}>
          <Avatar name={contact.name} color="initials" radius="xl" size="md" />
          <Box visibleFrom="sm" maw={220}>
            <Text size="sm" fw={600} truncate="end">
              {contact.name}
            </Text>
            <Text size="xs" c="dimmed" truncate="end">
              {client.name}
            </Text>
          </Box>
        </Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconLogout size={16} aria-hidden />}
          loading={signingOut}
          onClick={() => void signOut()}
        >
          {t('header.signOut')}
        </Button>
      </Group>
    </Group>
  );
}
