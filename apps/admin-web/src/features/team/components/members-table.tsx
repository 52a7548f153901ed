import { ActionIcon, Badge, Group, Menu, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconCrown, IconDots, IconDoorExit, IconUserCog, IconUserMinus } from '@tabler/icons-react';
import { memberActions, type MemberActions } from '@clientflow/domain';
import type { TeamMemberFieldsFragment } from '@clientflow/graphql-types/admin';
import { formatRelative } from '../../../shared/lib/format';
import { RoleBadge } from './role-badge';

type Member = TeamMemberFieldsFragment;

export type MemberAction = 'changeRole' | 'remove' | 'leave' | 'transfer';

interface MembersTableProps {
  members: readonly Member[];
  viewer: { userId: string; role: Member['role'] };
  locale: string;
  onAction(action: MemberAction, member: Member, allowed: MemberActions): void;
}

/** Members, owners first; each row's menu offers only what the team rules allow the viewer. */
export function MembersTable({ members, viewer, locale, onAction }: MembersTableProps) {
  const owners = members.filter((m) => m.role === 'OWNER').length;
  return (
    // On phones Status and Last sign-in fold under the name, so nothing (the actions menu above all) scrolls away.
    <Table verticalSpacing="sm" aria-label="Members">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Member</Table.Th>
          <Table.Th>Role</Table.Th>
          <Table.Th visibleFrom="sm">Status</Table.Th>
          <Table.Th visibleFrom="sm">Last sign-in</Table.Th>
          <Table.Th>
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {members.map((m) => {
          const self = m.id === viewer.userId;
          const allowed = memberActions(viewer, { userId: m.id, role: m.role }, owners);
          const any = allowed.changeRoleTo.length > 0 || allowed.remove || allowed.transferOwnership;
          return (
            <Table.Tr key={m.id}>
              <Table.Td>
                <Stack gap={0}>
                  <Text size="sm" fw={500}>
                    {m.name}
                    {self && (
                      <Text span c="dimmed" size="sm">
                        {' '}
                        (you)
                      </Text>
                    )}
                  </Text>
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {m.email}
                  </Text>
                  <Text size="xs" c="dimmed" hiddenFrom="sm">
                    Last sign-in: {m.lastSignInAt ? formatRelative(m.lastSignInAt, locale) : 'never'}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>
                <RoleBadge role={m.role} />
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Badge color="green" variant="dot">
                  Active
                </Badge>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm" c={m.lastSignInAt ? undefined : 'dimmed'}>
                  {m.lastSignInAt ? formatRelative(m.lastSignInAt, locale) : 'Never'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Group justify="flex-end">
                  {any && (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${m.name}`}>
                          <IconDots size={18} />
                        </ActionIcon>
                      </Menu.Target>
                      <Menu.Dropdown>
                        {allowed.changeRoleTo.length > 0 && (
                          <Menu.Item
                            leftSection={<IconUserCog size={16} />}
                            onClick={() => onAction('changeRole', m, allowed)}
                          >
                            Change role
                          </Menu.Item>
                        )}
                        {allowed.transferOwnership && (
                          <Menu.Item
                            leftSection={<IconCrown size={16} />}
                            onClick={() => onAction('transfer', m, allowed)}
                          >
                            Transfer ownership
                          </Menu.Item>
                        )}
                        {allowed.remove && (
                          <Menu.Item
                            color="red"
                            leftSection={self ? <IconDoorExit size={16} /> : <IconUserMinus size={16} />}
                            onClick={() => onAction(self ? 'leave' : 'remove', m, allowed)}
                          >
                            {self ? 'Leave workspace' : 'Remove from workspace'}
                          </Menu.Item>
                        )}
                      </Menu.Dropdown>
                    </Menu>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
