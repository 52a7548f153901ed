import { Divider, NavLink, Stack, Text } from '@mantine/core';
import {
  IconApi,
  IconBriefcase,
  IconChartPie,
  IconClock,
  IconExternalLink,
  IconFileInvoice,
  IconFileText,
  IconLayoutDashboard,
  IconLifebuoy,
  IconRepeat,
  IconSettings,
  IconTrash,
  IconUsers,
} from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import type { Permission } from '@clientflow/domain';
import { useViewer } from '../../session/hooks/use-viewer';

interface NavItem {
  to: string;
  label: string;
  icon: typeof IconUsers;
  permission: Permission;
  /** A sub-path that has its own entry. */
  exclude?: string;
}

const ITEMS: readonly NavItem[] = [
  { to: '/', label: 'Dashboard', icon: IconLayoutDashboard, permission: 'client.viewList' },
  { to: '/clients', label: 'Clients', icon: IconUsers, permission: 'client.viewList', exclude: '/clients/deleted' },
  { to: '/tickets', label: 'Tickets', icon: IconLifebuoy, permission: 'client.view' },
  { to: '/projects', label: 'Projects', icon: IconBriefcase, permission: 'client.viewList' },
  { to: '/segments', label: 'Segments', icon: IconChartPie, permission: 'client.viewList' },
  { to: '/time', label: 'Time', icon: IconClock, permission: 'client.viewList' },
  {
    to: '/invoices',
    label: 'Invoices',
    icon: IconFileInvoice,
    permission: 'financials.view',
    exclude: '/invoices/recurring',
  },
  { to: '/quotes', label: 'Quotes', icon: IconFileText, permission: 'financials.view' },
  { to: '/invoices/recurring', label: 'Recurring invoices', icon: IconRepeat, permission: 'financials.view' },
  { to: '/clients/deleted', label: 'Deleted clients', icon: IconTrash, permission: 'client.delete' },
  { to: '/settings', label: 'Settings', icon: IconSettings, permission: 'workspace.manage' },
];

export function MainNav({ onNavigate }: { onNavigate: () => void }) {
  const { pathname } = useLocation();
  const { permissions } = useViewer();

  return (
    <Stack gap={4} component="nav" aria-label="Main">
      {ITEMS.filter((item) => permissions.includes(item.permission)).map(({ to, label, icon: Icon, exclude }) => (
        <NavLink
          key={to}
          component={Link}
          to={to}
          label={label}
          leftSection={<Icon size={18} />}
          active={to === '/' ? pathname === '/' : pathname.startsWith(to) && !(exclude && pathname.startsWith(exclude))}
          onClick={onNavigate}
        />
      ))}
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
