import { useState } from 'react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  EmptyState,
  Group,
  Menu,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDots,
  IconPencil,
  IconStar,
  IconStarFilled,
  IconTrash,
  IconUserPlus,
  IconUsers,
  IconWorldWww,
} from '@tabler/icons-react';
import type { ClientDetailFragment, ContactFieldsFragment } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum, telHref } from '../../../shared/lib/format';
import { useDeleteContact, useSetPrimaryContact, useUpdateContact } from '../hooks/use-contact-mutations';
import { ROLE_COLORS } from '../lib/contact-form-values';
import { ContactFormModal } from './contact-form-modal';
import { ConfirmModal } from '../../../shared/components/confirm-modal';

interface ClientContactsTabProps {
  client: Pick<ClientDetailFragment, 'id' | 'name' | 'contacts'>;
  canEdit: boolean;
  canManagePortal: boolean;
}

const fail = (title: string) => (error: unknown) =>
  notifications.show({ color: 'red', title, message: apiErrorInfo(error).message });

export function ClientContactsTab({ client, canEdit, canManagePortal }: ClientContactsTabProps) {
  const [editing, setEditing] = useState<ContactFieldsFragment | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ContactFieldsFragment | null>(null);
  const [setPrimary] = useSetPrimaryContact();
  const [updateContact] = useUpdateContact();
  const [deleteContact, deleteState] = useDeleteContact();
  const contacts = [...client.contacts].sort(
    (a, b) => Number(b.isPrimary) - Number(a.isPrimary) || a.name.localeCompare(b.name),
  );

  const makePrimary = (c: ContactFieldsFragment) =>
    setPrimary({ variables: { id: c.id } })
      .then(() =>
        notifications.show({
          color: 'teal',
          title: 'Primary contact',
          message: `${c.name} is now the primary contact.`,
        }),
      )
      .catch(fail('Could not change the primary contact'));

  const togglePortal = (c: ContactFieldsFragment, portalAccess: boolean) =>
    updateContact({ variables: { id: c.id, input: { portalAccess } } })
      .then(() =>
        notifications.show({
          color: 'teal',
          title: 'Portal access',
          message: portalAccess
            ? `${c.name} can now sign in to the portal.`
            : `${c.name} can no longer sign in to the portal.`,
        }),
      )
      .catch(fail('Could not change portal access'));

  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await deleteContact({ variables: { id: deleting.id } });
      notifications.show({ color: 'teal', title: 'Contact deleted', message: `${deleting.name} was removed.` });
      setDeleting(null);
    } catch (error) {
      fail('Could not delete the contact')(error);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={4}>
          {contacts.length} {contacts.length === 1 ? 'contact' : 'contacts'}
        </Title>
        {canEdit && (
          <Button leftSection={<IconUserPlus size={16} />} onClick={() => setEditing('new')}>
            Add contact
          </Button>
        )}
      </Group>

      {contacts.length === 0 ? (
        <EmptyState
          py={48}
          withIndicatorBackground
          icon={<IconUsers />}
          title="No contacts yet"
          description="Add the people you work with at this client: who decides, who pays, who handles the technical side."
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {contacts.map((c) => (
            <Card key={c.id} withBorder padding="md" component="article" aria-label={c.name}>
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Group gap={6}>
                    <Text fw={600}>{c.name}</Text>
                    {c.isPrimary && (
                      <Tooltip label="Primary contact">
                        <IconStarFilled size={14} color="var(--mantine-color-yellow-6)" aria-label="Primary contact" />
                      </Tooltip>
                    )}
                  </Group>
                  {c.jobTitle && (
                    <Text size="sm" c="dimmed">
                      {c.jobTitle}
                    </Text>
                  )}
                </Stack>
                {canEdit && (
                  <Menu position="bottom-end" withinPortal>
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${c.name}`}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setEditing(c)}>
                        Edit
                      </Menu.Item>
                      {!c.isPrimary && (
                        <Menu.Item leftSection={<IconStar size={16} />} onClick={() => void makePrimary(c)}>
                          Make primary
                        </Menu.Item>
                      )}
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(c)}>
                        Delete
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                )}
              </Group>
              <Group gap={6} mt="xs">
                <Badge size="sm" variant="light" color={ROLE_COLORS[c.role]}>
                  {humanizeEnum(c.role)}
                </Badge>
                {c.portalAccess && !canManagePortal && (
                  <Badge size="sm" variant="outline" leftSection={<IconWorldWww size={12} />}>
                    Portal access
                  </Badge>
                )}
              </Group>
              <Stack gap={2} mt="sm">
                {c.email && (
                  <Anchor href={`mailto:${c.email}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {c.email}
                  </Anchor>
                )}
                {c.phone && (
                  <Anchor href={telHref(c.phone)} size="sm">
                    {c.phone}
                  </Anchor>
                )}
                {c.mobile && (
                  <Anchor href={telHref(c.mobile)} size="sm">
                    {c.mobile}{' '}
                    <Text span size="xs" c="dimmed">
                      mobile
                    </Text>
                  </Anchor>
                )}
              </Stack>
              {c.notes && (
                <Text size="sm" c="dimmed" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {c.notes}
                </Text>
              )}
              {canManagePortal && (
                <Switch
                  mt="md"
                  size="sm"
                  label="Client portal access"
                  checked={c.portalAccess}
                  disabled={!c.email}
                  description={c.email ? undefined : 'Needs an email address'}
                  onChange={(e) => void togglePortal(c, e.currentTarget.checked)}
                />
              )}
            </Card>
          ))}
        </SimpleGrid>
      )}

      {canEdit && (
        <ContactFormModal
          clientId={client.id}
          contact={editing === 'new' ? null : editing}
          opened={editing !== null}
          onClose={() => setEditing(null)}
          canManagePortal={canManagePortal}
          firstContact={contacts.length === 0}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={`Delete ${deleting?.name ?? 'contact'}?`}
        confirmLabel="Delete contact"
        loading={deleteState.loading}
        onCancel={() => setDeleting(null)}
        onConfirm={confirmDelete}
      >
        <Text size="sm">
          {deleting?.isPrimary && contacts.length > 1
            ? `${deleting.name} is the primary contact; the longest-standing remaining contact becomes primary.`
            : 'The contact is removed from this client.'}
          {deleting?.portalAccess ? ' They lose access to the client portal.' : ''}
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
