import { Divider, NavLink, Stack, Text } from '@mantine/core';
import { IconApi, IconChartPie, IconExternalLink, IconSettings, IconTrash, IconUsers } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import { useCan } from '../../session/hooks/use-viewer';

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const canListClients = useCan('client.viewList');
  const canManageWorkspace = useCan('workspace.manage');
  const canDeleteClients = useCan('client.delete');

  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {canListClients && (
        <NavLink
          component={Link}
          to="/clients"
          label="Clients"
          leftSection={<IconUsers size={18} />}
          active={pathname.startsWith('/clients') && !pathname.startsWith('/clients/deleted')}
          onClick={onNavigate}
        />
      )}
      {canDeleteClients && (
        <NavLink
          component={Link}
          to="/clients/deleted"
          label="Deleted clients"
          leftSection={<IconTrash size={18} />}
          active={pathname.startsWith('/clients/deleted')}
          onClick={onNavigate}
        />
      )}
      {canManageWorkspace && (
        <NavLink
          component={Link}
          to="/settings"
          label="Settings"
          leftSection={<IconSettings size={18} />}
          active={pathname.startsWith('/settings')}
          onClick={onNavigate}
        />
      )}
      {canListClients && (
        <NavLink component={Link} to="/segments" label="Segments" leftSection={<IconChartPie size={18} />} active={pathname.startsWith('/segments')} onClick={onNavigate} />
      )}
      <Divider my="sm" />
      <Text size="xs" c="dimmed" fw={600} tt="uppercase" px="sm">
        Developers
      </Text>
      <NavLink
        component="a"
        href="/playground"
        target="_blank"
        rel="noopener noreferrer"
        label="GraphQL playground"
        leftSection={<IconApi size={18} />}
        rightSection={<IconExternalLink size={14} />}
      />
    </Stack>
  );
}
