import { Anchor, Badge, Group, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconStarFilled, IconUserCircle, IconWorldWww } from '@tabler/icons-react';
import type { ClientDetailFragment, ContactRole } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';

const ROLE_COLORS: Record<ContactRole, string> = {
  DECISION_MAKER: 'grape',
  TECHNICAL: 'cyan',
  BILLING: 'green',
  MARKETING: 'pink',
  LEGAL: 'orange',
  OBSERVER: 'gray',
  OTHER: 'gray',
};

type Contact = ClientDetailFragment['contacts'][number];

export function ClientContactsList({ contacts }: { contacts: readonly Contact[] }) {
  if (contacts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No contacts yet. People you add to this client will be listed here.
      </Text>
    );
  }
  // Primary first, then alphabetical: the person to call is always on top.
  const sorted = [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name));

  return (
    <Stack gap="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {sorted.map((contact) => (
        <Group key={contact.id} component="li" gap="sm" align="flex-start" wrap="nowrap">
          <ThemeIcon variant="light" color="gray" size="lg" radius="xl">
            <IconUserCircle size={20} />
          </ThemeIcon>
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6}>
              <Text size="sm" fw={600}>
                {contact.name}
              </Text>
              {contact.isPrimary && (
                <Tooltip label="Primary contact">
                  <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label="Primary contact" />
                </Tooltip>
              )}
              <Badge size="xs" variant="light" color={ROLE_COLORS[contact.role]}>
                {humanizeEnum(contact.role)}
              </Badge>
              {contact.portalAccess && (
                <Tooltip label="Can sign in to the client portal">
                  <IconWorldWww size={14} aria-label="Portal access" />
                </Tooltip>
              )}
            </Group>
            {contact.jobTitle && (
              <Text size="xs" c="dimmed">
                {contact.jobTitle}
              </Text>
            )}
            <Group gap="md">
              {contact.email && (
                <Anchor href={`mailto:${contact.email}`} size="xs">
                  {contact.email}
                </Anchor>
              )}
              {(contact.phone ?? contact.mobile) && (
                <Anchor href={`tel:${(contact.phone ?? contact.mobile)!.replace(/[^\d+]/g, '')}`} size="xs">
                  {contact.phone ?? contact.mobile}
                </Anchor>
              )}
            </Group>
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}
