import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconMail, IconPencil, IconPhone, IconStar } from '@tabler/icons-react';
import type { ClientDetailFragment } from '@clientflow/graphql-types/admin';
import { ClientActionsMenu } from './client-actions-menu';
import { ClientLogo } from './client-logo';
import { ClientStatusMenu } from './client-status-menu';
import { telHref } from '../../../shared/lib/format';

interface ClientHeaderProps {
  client: ClientDetailFragment;
  canEdit: boolean;
  canDelete: boolean;
  withFinancials: boolean;
  onEdit: () => void;
}

export function ClientHeader({ client, canEdit, canDelete, withFinancials, onEdit }: ClientHeaderProps) {
  const contact = client.primaryContact;
  const email = client.email ?? contact?.email ?? null;
  const phone = client.phone ?? contact?.phone ?? null;

  return (
    <Group justify="space-between" align="flex-start" gap="md">
      <Group gap="md" align="flex-start" wrap="nowrap" style={{ minWidth: 0 }}>
        <ClientLogo client={client} canEdit={canEdit} />
        <Stack gap={4} style={{ minWidth: 0 }}>
          <Group gap="xs" align="center">
            <Title order={2} style={{ overflowWrap: 'anywhere' }}>
              {client.name}
            </Title>
            <ClientStatusMenu client={client} canEdit={canEdit} withFinancials={withFinancials} />
            {client.archivedAt && (
              <Badge variant="outline" color="gray">
                Archived
              </Badge>
            )}
          </Group>
          {client.legalName && client.legalName !== client.name && <Text c="dimmed">{client.legalName}</Text>}
          {contact && (
            <Group gap={6}>
              <IconStar
                size={14}
                fill="currentColor"
                color="var(--mantine-color-yellow-6)"
                aria-label="Primary contact"
              />
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
          <Button component="a" href={telHref(phone)} variant="default" leftSection={<IconPhone size={16} />}>
            Call
          </Button>
        )}
        {canEdit && (
          <Button leftSection={<IconPencil size={16} />} onClick={onEdit}>
            Edit
          </Button>
        )}
        <ClientActionsMenu client={client} canEdit={canEdit} canDelete={canDelete} withFinancials={withFinancials} />
      </Group>
    </Group>
  );
}
