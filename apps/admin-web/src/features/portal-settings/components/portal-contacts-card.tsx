import { useMutation } from '@apollo/client/react';
import { Badge, Button, Card, EmptyState, Group, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconMailForward, IconUserOff, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import {
  ClientPortalSettingsDocument,
  InviteContactToPortalDocument,
  RevokePortalAccessDocument,
  type PortalContactAccessFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { formatRelative, humanizeEnum } from '../../../shared/lib/format';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useWorkspaceFormat } from '../../session/hooks/use-viewer';

interface PortalContactsCardProps {
  clientId: string;
  contacts: readonly PortalContactAccessFieldsFragment[];
  portalEnabled: boolean;
}

type Contact = PortalContactAccessFieldsFragment;

/** Who can sign in to the portal, with "Invite to portal" and "Revoke" per contact. */
export function PortalContactsCard({ clientId, contacts, portalEnabled }: PortalContactsCardProps) {
  const { locale } = useWorkspaceFormat();
  const [revoking, setRevoking] = useState<Contact | null>(null);
  const refetchQueries = [{ query: ClientPortalSettingsDocument, variables: { clientId } }];
  const [invite, inviteState] = useMutation(InviteContactToPortalDocument, {
    refetchQueries,
    awaitRefetchQueries: true,
  });
  const [revoke, revokeState] = useMutation(RevokePortalAccessDocument, { refetchQueries, awaitRefetchQueries: true });
  const [invitingId, setInvitingId] = useState<string | null>(null);

  const sendInvite = async (c: Contact) => {
    setInvitingId(c.id);
    try {
      await invite({ variables: { contactId: c.id }, context: { handledErrorCodes: ['*'] } });
      notifications.show({
        color: 'teal',
        title: 'Invitation sent',
        message: `${c.name} was emailed a link to the portal.`,
      });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not send the invitation',
        message: apiErrorInfo(error).message,
      });
    } finally {
      setInvitingId(null);
    }
  };

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { contactId: revoking.id }, context: { handledErrorCodes: ['*'] } });
      notifications.show({
        color: 'teal',
        title: 'Access revoked',
        message: `${revoking.name} was signed out of the portal.`,
      });
      setRevoking(null);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not revoke access', message: apiErrorInfo(error).message });
    }
  };

  const inviteBlocked = (c: Contact) =>
    !portalEnabled ? 'Turn the portal on first' : !c.email ? 'Add an email address to this contact first' : null;

  return (
    <Card withBorder radius="md" padding="lg">
      <Stack gap="sm">
        <Title order={4}>Contacts with portal access</Title>
        {contacts.length === 0 ? (
          <EmptyState
            py={32}
            icon={<IconUsers />}
            title="No contacts yet"
            description="Add contacts on the Contacts tab, then invite them here."
          />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" aria-label="Portal access by contact">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Contact</Table.Th>
                  <Table.Th>Role</Table.Th>
                  <Table.Th>Access</Table.Th>
                  <Table.Th ta="right">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contacts.map((c) => {
                  const blocked = inviteBlocked(c);
                  return (
                    <Table.Tr key={c.id} data-testid="portal-contact">
                      <Table.Td>
                        <Text size="sm" fw={500}>
                          {c.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {c.email ?? 'No email'}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{humanizeEnum(c.role)}</Text>
                      </Table.Td>
                      <Table.Td>
                        <Badge color={c.portalAccess ? 'teal' : 'gray'} variant="light">
                          {c.portalAccess ? `Has access · ${c.permissions.length} permissions` : 'No access'}
                        </Badge>
                        {c.portalInvitedAt && (
                          <Text size="xs" c="dimmed" mt={4}>
                            Invited {formatRelative(c.portalInvitedAt, locale)}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        <Group gap="xs" justify="flex-end" wrap="nowrap">
                          <Tooltip label={blocked} disabled={!blocked} withArrow>
                            <Button
                              size="compact-sm"
                              variant="light"
                              leftSection={<IconMailForward size={14} />}
                              disabled={Boolean(blocked)}
                              loading={inviteState.loading && invitingId === c.id}
                              onClick={() => void sendInvite(c)}
                              aria-label={`${c.portalInvitedAt ? 'Resend invitation to' : 'Invite to portal'} ${c.name}`}
                            >
                              {c.portalInvitedAt ? 'Resend invitation' : 'Invite to portal'}
                            </Button>
                          </Tooltip>
                          {c.portalAccess && (
                            <Button
                              size="compact-sm"
                              variant="subtle"
                              color="red"
                              leftSection={<IconUserOff size={14} />}
                              onClick={() => setRevoking(c)}
                              aria-label={`Revoke portal access of ${c.name}`}
                            >
                              Revoke
                            </Button>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke portal access?"
        confirmLabel="Revoke access"
        loading={revokeState.loading}
        onCancel={() => setRevoking(null)}
        onConfirm={confirmRevoke}
      >
        <Text size="sm">
          {revoking?.name} is signed out at once and their unused sign-in and invitation links stop working. You can
          invite them again later.
        </Text>
      </ConfirmModal>
    </Card>
  );
}
