import { useState } from 'react';
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Role } from '@clientflow/domain';
import type { TeamMemberFieldsFragment } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useChangeMemberRole } from '../hooks/use-team-mutations';
import { ROLE_LABELS, roleOptions } from '../lib/roles';

interface ChangeRoleModalProps {
  member: TeamMemberFieldsFragment | null;
  /** Roles the rules allow for this member (their current one excluded). */
  roles: Role[];
  onClose(): void;
}

export function ChangeRoleModal({ member, roles, onClose }: ChangeRoleModalProps) {
  const [role, setRole] = useState<Role | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [change, { loading }] = useChangeMemberRole();
  const close = () => {
    setRole(null);
    setError(null);
    onClose();
  };
  const save = async () => {
    if (!member || !role) return;
    try {
      await change({ variables: { userId: member.id, role } });
      notifications.show({
        color: 'teal',
        title: 'Role changed',
        message: `${member.name} is now ${ROLE_LABELS[role]}.`,
      });
      close();
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };
  return (
    <Modal opened={member !== null} onClose={close} title={`Change ${member?.name ?? ''}'s role`} centered>
      <Stack gap="md">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {member && (
          <Text size="sm">
            Currently <strong>{ROLE_LABELS[member.role]}</strong>. The change applies on their next click.
          </Text>
        )}
        <Select
          label="New role"
          placeholder="Choose a role"
          data={roleOptions(roles)}
          value={role}
          onChange={(v) => setRole(v as Role | null)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close} disabled={loading}>
            Cancel
          </Button>
          <Button onClick={() => void save()} disabled={!role} loading={loading}>
            Change role
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
