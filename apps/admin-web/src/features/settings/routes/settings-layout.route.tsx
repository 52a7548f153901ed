import { Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAdjustments, IconBuildingStore, IconMail, IconReceipt, IconUsers } from '@tabler/icons-react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { ForbiddenState } from '../../../shared/components/forbidden-state';
import { useCan } from '../../session/hooks/use-viewer';

const SECTIONS = [
  { value: 'custom-fields', label: 'Custom fields', icon: IconAdjustments },
  { value: 'workspace', label: 'Workspace', icon: IconBuildingStore },
  // Team needs members.manage; today the same roles (OWNER, ADMIN) as workspace.manage, which guards this layout.
  { value: 'team', label: 'Team', icon: IconUsers },
  { value: 'billing', label: 'Billing', icon: IconReceipt },
  { value: 'email-templates', label: 'Email templates', icon: IconMail },
] as const;

/** /settings/*: only for roles with workspace.manage (the API enforces the same). */
export function SettingsLayout() {
  const canManage = useCan('workspace.manage');
  const { pathname } = useLocation();
  const navigate = useNavigate();
  if (!canManage) return <ForbiddenState message="Only owners and admins can change workspace settings." />;
  const active = SECTIONS.find((s) => pathname.startsWith(`/settings/${s.value}`))?.value ?? null;

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
          {SECTIONS.map(({ value, label, icon: Icon }) => (
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
