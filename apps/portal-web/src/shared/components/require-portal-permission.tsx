import { Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { PortalPermission } from '@clientflow/graphql-types/portal';
import { usePortalPermissions } from '../hooks/use-portal-permissions';
import { useT } from '../i18n/i18n-provider';
import { usePortalViewer } from '../session/portal-viewer-context';

interface RequirePortalPermissionProps {
  permission: PortalPermission;
  children: ReactNode;
}

/**
 * Route guard for portal pages: renders the page only when the contact has `permission`. The API refuses the
 * data anyway; this keeps a bookmarked or typed URL from showing a broken page.
 */
export function RequirePortalPermission({ permission, children }: RequirePortalPermissionProps) {
  const { can } = usePortalPermissions();
  if (can(permission)) return <>{children}</>;
  return <NotInYourAccess />;
}

function NotInYourAccess() {
  const t = useT();
  const { branding } = usePortalViewer();
  return (
    <Center py={64} px="md">
      <Stack align="center" gap="sm" maw={440} ta="center" role="alert">
        <ThemeIcon size={48} radius="xl" variant="light" color="gray" aria-hidden>
          <IconLock size={26} />
        </ThemeIcon>
        <Title order={1} size="h3">
          {t('guard.title')}
        </Title>
        <Text c="dimmed">{t('guard.body', { agency: branding.agencyName })}</Text>
        <Button component={Link} to="/" variant="light" mt="xs">
          {t('guard.home')}
        </Button>
      </Stack>
    </Center>
  );
}
