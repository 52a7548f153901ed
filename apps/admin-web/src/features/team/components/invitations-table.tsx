import { useState } from 'react';
import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { canManageRole, type Role } from '@clientflow/domain';
import type { TeamInvitationFieldsFragment } from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { formatRelative } from '../../../shared/lib/format';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useResendInvitation, useRevokeInvitation } from '../hooks/use-team-mutations';
import { RoleBadge } from './role-badge';

type Invitation = TeamInvitationFieldsFragment;

/** Pending and expired invitations with resend and revoke (an OWNER invitation: owners only). */
export function InvitationsTable({
  invitations,
  viewerRole,
  locale,
}: {
  invitations: readonly Invitation[];
  viewerRole: Role;
  locale: string;
}) {
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const [resend] = useResendInvitation();
  const [resendingId, setResendingId] = useState<string | null>(null);
  const [revoke, revokeState] = useRevokeInvitation();
  const fail = (error: unknown) =>
    notifications.show({
      color: 'red',
      title: 'Could not update the invitation',
      message: apiErrorInfo(error).message,
    });

  const resendOne = async (inv: Invitation) => {
    setResendingId(inv.id);
    try {
      await resend({ variables: { id: inv.id } });
      notifications.show({
        color: 'teal',
        title: 'Invitation sent again',
        message: `A new link went to ${inv.email}.`,
      });
    } catch (error) {
      fail(error);
    } finally {
      setResendingId(null);
    }
  };
  const revokeOne = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notifications.show({
        color: 'teal',
        title: 'Invitation revoked',
        message: `The link sent to ${revoking.email} no longer works.`,
      });
      setRevoking(null);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <>
      {/* On phones "Invited by" hides and the expiry folds under the email: nothing scrolls sideways. */}
      <Table verticalSpacing="sm" aria-label="Pending invitations">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Email</Table.Th>
            <Table.Th>Role</Table.Th>
            <Table.Th visibleFrom="sm">Invited by</Table.Th>
            <Table.Th visibleFrom="sm">Expires</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invitations.map((inv) => {
            const mine = canManageRole(viewerRole, inv.role);
            return (
              <Table.Tr key={inv.id}>
                <Table.Td>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {inv.email}
                  </Text>
                  <Text size="xs" c={inv.status === 'EXPIRED' ? 'orange' : 'dimmed'} hiddenFrom="sm">
                    {inv.status === 'EXPIRED' ? 'Expired' : `Expires ${formatRelative(inv.expiresAt, locale)}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RoleBadge role={inv.role} />
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  <Text size="sm">{inv.invitedByName ?? '—'}</Text>
                </Table.Td>
                <Table.Td visibleFrom="sm">
                  {inv.status === 'EXPIRED' ? (
                    <Badge color="orange" variant="light">
                      Expired
                    </Badge>
                  ) : (
                    <Text size="sm">{formatRelative(inv.expiresAt, locale)}</Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {mine && (
                    <Group gap="xs" justify="flex-end" wrap="wrap">
                      <Button
                        size="xs"
                        variant="default"
                        loading={resendingId === inv.id}
                        onClick={() => void resendOne(inv)}
                        aria-label={`Resend the invitation to ${inv.email}`}
                      >
                        Resend
                      </Button>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red"
                        onClick={() => setRevoking(inv)}
                        aria-label={`Revoke the invitation to ${inv.email}`}
                      >
                        Revoke
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      <ConfirmModal
        opened={revoking !== null}
        title="Revoke this invitation?"
        confirmLabel="Revoke invitation"
        loading={revokeState.loading}
        onCancel={() => setRevoking(null)}
        onConfirm={revokeOne}
      >
        <Text size="sm">The link sent to {revoking?.email} will stop working. You can invite them again later.</Text>
      </ConfirmModal>
    </>
  );
}
