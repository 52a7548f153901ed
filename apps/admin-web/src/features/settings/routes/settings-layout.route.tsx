import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAdjustments, IconBuildingStore, IconHistory, IconMail, IconReceipt, IconUsers } from '@tabler/icons-react';
import type { Permission } from '@clientflow/domain';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { useViewer } from '../../session/hooks/use-viewer';

const SECTIONS: { value: string; label: string; icon: typeof IconAdjustments; permission: Permission }[] = [
  { value: 'custom-fields', label: 'Custom fields', icon: IconAdjustments, permission: 'workspace.manage' },
  { value: 'workspace', label: 'Workspace', icon: IconBuildingStore, permission: 'workspace.manage' },
  { value: 'team', label: 'Team', icon: IconUsers, permission: 'members.manage' },
  { value: 'billing', label: 'Billing', icon: IconReceipt, permission: 'workspace.manage' },
  { value: 'email-templates', label: 'Email templates', icon: IconMail, permission: 'workspace.manage' },
  { value: 'audit-log', label: 'Audit log', icon: IconHistory, permission: 'audit.view' },
];

/** /settings/*: each section for the roles with its permission (the API enforces the same). */
export function SettingsLayout() {
  const { permissions } = useViewer();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const sections = SECTIONS.filter((s) => permissions.includes(s.permission));
  const current = SECTIONS.find((s) => pathname.startsWith(`/settings/${s.value}`));
  if (!sections.length || (current && !sections.includes(current)))
    return <ForbiddenState message="Only owners and admins can change workspace settings." />;
  const active = current?.value ?? null;

  return (
    <Stack gap="lg" maw={1000}>
      <div>
        <Title order={2}>Settings</Title>
        <Text c="dimmed" size="sm">
          How your workspace looks and works for everyone in it.
        </Text>
      </div>
      <Tabs value={active} onChange={(value) => value && navigate(`/settings/${value}`)}>
        <Tabs.List>
          {sections.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </Stack>
  );
}
