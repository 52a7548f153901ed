import { Badge, Group, Table, Text } from '@mantine/core';
import { effectivePortalPermissions } from '@clientflow/domain';
import type { PortalPermission } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';
import { PORTAL_PERMISSION_INFO, PORTAL_ROLE_ORDER } from '../lib/portal-permissions';

interface RoleAccessTableProps {
  enabled: boolean;
  permissions: readonly PortalPermission[];
}

/** What each contact role effectively gets from the permissions above (roles only ever narrow them). */
export function RoleAccessTable({ enabled, permissions }: RoleAccessTableProps) {
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table verticalSpacing="xs" aria-label="What each contact role gets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Contact role</Table.Th>
            <Table.Th>Can</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {PORTAL_ROLE_ORDER.map((role) => {
            const granted = effectivePortalPermissions({ enabled, permissions }, role);
            return (
              <Table.Tr key={role} data-testid={`role-${role}`}>
                <Table.Td>
                  <Text size="sm" fw={500}>
                    {humanizeEnum(role)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {granted.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      Nothing
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {granted.map((p) => (
                        <Badge key={p} variant="light" size="sm" tt="none">
                          {PORTAL_PERMISSION_INFO[p].label}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
