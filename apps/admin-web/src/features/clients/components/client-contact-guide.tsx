import { Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { CONTACT_ROLES, CONTACT_ROLE_PURPOSES } from '@clientflow/domain';
import type { ClientDetailFragment, ContactRole } from '@clientflow/graphql-types/admin';
import { humanizeEnum, telHref } from '../../../shared/lib/format';
import { ROLE_COLORS } from '../lib/contact-form-values';

type Contact = ClientDetailFragment['contacts'][number];

/** "Who to contact for what": one row per role that has people, in the domain's role order, primary first. */
export function ClientContactGuide({ contacts }: { contacts: readonly Contact[] }) {
  const byRole = new Map<ContactRole, Contact[]>();
  for (const c of contacts) byRole.set(c.role, [...(byRole.get(c.role) ?? []), c]);
  const roles = CONTACT_ROLES.filter((r) => byRole.has(r));
  if (roles.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Add contacts with their roles to see who handles approvals, invoices or technical questions.
      </Text>
    );
  }
  return (
    <Table verticalSpacing="sm" layout="fixed" aria-label="Who to contact for what">
      <Table.Tbody>
        {roles.map((role) => (
          <Table.Tr key={role}>
            <Table.Td w="38%" style={{ verticalAlign: 'top' }}>
              <Text size="sm" fw={600} c={`${ROLE_COLORS[role]}.7`}>
                {humanizeEnum(role)}
              </Text>
              <Text size="xs" c="dimmed" mt={2}>
                {CONTACT_ROLE_PURPOSES[role]}
              </Text>
            </Table.Td>
            <Table.Td>
              <Stack gap={6}>
                {[...byRole.get(role)!]
                  .sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name))
                  .map((c) => (
                    <div key={c.id}>
                      <Text size="sm" fw={500}>
                        {c.name}
                      </Text>
                      <Group gap="sm" style={{ rowGap: 0 }}>
                        {c.email && (
                          <Anchor href={`mailto:${c.email}`} size="xs" style={{ overflowWrap: 'anywhere' }}>
                            {c.email}
                          </Anchor>
                        )}
                        {c.phone && (
                          <Anchor href={telHref(c.phone)} size="xs">
                            {c.phone}
                          </Anchor>
                        )}
                        {c.mobile && c.mobile !== c.phone && (
                          <Anchor href={telHref(c.mobile)} size="xs">
                            {c.mobile}
                          </Anchor>
                        )}
                      </Group>
                    </div>
                  ))}
              </Stack>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
