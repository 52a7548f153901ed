import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Alert, Select, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from 'react-router';
import { LeaveWorkspaceDocument, MeDocument, type TeamMemberFieldsFragment } from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useRemoveMember } from '../hooks/use-team-mutations';

interface RemoveMemberModalProps {
  member: TeamMemberFieldsFragment | null;
  /** The viewer removing themselves: "Leave workspace". */
  self: boolean;
  members: readonly TeamMemberFieldsFragment[];
  onClose(): void;
}

const clients = (n: number) => `${n} client${n === 1 ? '' : 's'}`;

/** Remove (or leave): when they manage clients, someone must take them over first. */
export function RemoveMemberModal({ member, self, members, onClose }: RemoveMemberModalProps) {
  const [takeOver, setTakeOver] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [remove, removing] = useRemoveMember();
  const [leave, leaving] = useMutation(LeaveWorkspaceDocument, { context: { handledErrorCodes: ['*'] } });
  const client = useApolloClient();
  const navigate = useNavigate();
  const managed = member?.managedClientCount ?? 0;
  const candidates = members.filter((m) => m.id !== member?.id).map((m) => ({ value: m.id, label: m.name }));

  const close = () => {
    setTakeOver(null);
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!member) return;
    if (managed > 0 && !takeOver) {
      setError(`Choose who takes over ${self ? 'your' : 'their'} ${clients(managed)}.`);
      return;
    }
    try {
      if (self) {
        const res = await leave({ variables: { reassignClientsTo: takeOver } });
        await client.clearStore();
        const next = res.data?.leaveWorkspace;
        if (next) client.writeQuery({ query: MeDocument, data: { me: next } });
        navigate(next ? '/' : '/sign-in', { replace: true });
        return;
      }
      await remove({ variables: { userId: member.id, reassignClientsTo: takeOver } });
      notifications.show({ color: 'teal', title: 'Member removed', message: `${member.name} no longer has access.` });
      close();
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };

  return (
    <ConfirmModal
      opened={member !== null}
      title={self ? 'Leave this workspace?' : `Remove ${member?.name ?? ''}?`}
      confirmLabel={self ? 'Leave workspace' : 'Remove member'}
      loading={removing.loading || leaving.loading}
      onCancel={close}
      onConfirm={confirm}
    >
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text size="sm">
        {self
          ? 'You will lose access to this workspace at once. Your other workspaces are not affected.'
          : `${member?.name ?? ''} will be signed out of this workspace at once. Their account and other workspaces are not affected.`}
      </Text>
      {managed > 0 && (
        <Select
          label={`Who takes over ${self ? 'your' : 'their'} ${clients(managed)}?`}
          placeholder="Choose a member"
          required
          data={candidates}
          value={takeOver}
          onChange={setTakeOver}
          searchable
        />
      )}
    </ConfirmModal>
  );
}
