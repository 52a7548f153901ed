import { useState } from 'react';
import { Alert, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TeamMemberFieldsFragment } from '@clientflow/graphql-types/admin';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useTransferOwnership } from '../hooks/use-team-mutations';

export function TransferOwnershipModal({
  member,
  onClose,
}: {
  member: TeamMemberFieldsFragment | null;
  onClose(): void;
}) {
  const [error, setError] = useState<string | null>(null);
  const [transfer, { loading }] = useTransferOwnership();
  const close = () => {
    setError(null);
    onClose();
  };
  const confirm = async () => {
    if (!member) return;
    try {
      await transfer({ variables: { userId: member.id } });
      notifications.show({ color: 'teal', title: 'Ownership transferred', message: `${member.name} is now an owner.` });
      close();
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };
  return (
    <ConfirmModal
      opened={member !== null}
      title="Transfer ownership?"
      confirmLabel="Transfer ownership"
      loading={loading}
      onCancel={close}
      onConfirm={confirm}
    >
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text size="sm">{member?.name} becomes an owner and you become an admin. Only an owner can undo this.</Text>
    </ConfirmModal>
  );
}
