import { Avatar, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPencil, IconPhone, IconStar } from '@tabler/icons-react';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { ClientStatusBadge } from './client-status-badge';

interface ClientHeaderProps {
  client: ClientDetailFragment;
  canEdit: boolean;
  onEdit: () => void;
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

export function ClientHeader({ client, canEdit, onEdit }: ClientHeaderProps) {
  const contact = client.primaryContact;
  const email = client.email ?? contact?.email ?? null;
  const phone = client.phone ?? contact?.phone ?? null;

  return (
    <Group justify="space-between" align="flex-start" gap="lg">
      <Group gap="md" align="flex-start" wrap="nowrap">
        <Avatar size={56} radius="md" color="brand" variant="light">
          {initials(client.name)}
        </Avatar>
        <Stack gap={4}>
          <Group gap="sm" align="center">
            <Title order={2}>{client.name}</Title>
            <ClientStatusBadge status={client.status} size="lg" />
            {client.archivedAt && (
              <Badge variant="outline" color="gray">
                Archived
              </Badge>
            )}
          </Group>
          {client.legalName && client.legalName !== client.name && <Text c="dimmed">{client.legalName}</Text>}
          {contact && (
            <Group gap={6}>
              <IconStar size={14} fill="currentColor" color="var(--mantine-color-yellow-6)" aria-label="Primary contact" />
              <Text size="sm">{contact.name}</Text>
            </Group>
          )}
        </Stack>
      </Group>
      <Group gap="sm">
        {email && (
          <Button component="a" href={`mailto:${email}`} variant="default" leftSection={<IconMail size={16} />}>
            Email
          </Button>
        )}
        {phone && (
          <Button
            component="a"
            href={`tel:${phone.replace(/[^\d+]/g, '')}`}
            variant="default"
            leftSection={<IconPhone size={16} />}
          >
            Call
          </Button>
        )}
        {canEdit && (
          <Button leftSection={<IconPencil size={16} />} onClick={onEdit}>
            Edit
          </Button>
        )}
      </Group>
    </Group>
  );
}
