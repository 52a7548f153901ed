import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useDeleteCustomFieldDefinition } from '../hooks/use-custom-field-mutations';

interface DeleteCustomFieldModalProps {
  definition: { id: string; label: string; usageCount: number } | null;
  onClose: () => void;
  onArchiveInstead: (id: string) => void;
}

export function DeleteCustomFieldModal({ definition, onClose, onArchiveInstead }: DeleteCustomFieldModalProps) {
  const [remove, { loading }] = useDeleteCustomFieldDefinition();
  const count = definition?.usageCount ?? 0;

  const confirm = async () => {
    if (!definition) return;
    try {
      await remove({ variables: { id: definition.id } });
      notifications.show({ color: 'teal', title: 'Field deleted', message: `${definition.label} was deleted.` });
      onClose();
    } catch {
      // The error link has already shown what went wrong; keep the dialog open to retry.
    }
  };

  return (
    <Modal
      opened={Boolean(definition)}
      onClose={onClose}
      title={definition ? `Delete ${definition.label}?` : ''}
      size="md"
    >
      <Stack gap="md">
        {count > 0 ? (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm" fw={600}>
              {count === 1 ? '1 client has a value' : `${count} clients have a value`} for this field.
            </Text>
            <Text size="sm">Deleting removes those values for good. Archiving hides the field and keeps them.</Text>
          </Alert>
        ) : (
          <Text size="sm">No client has a value for this field yet. This cannot be undone.</Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={loading}>
            Cancel
          </Button>
          {count > 0 && definition && (
            <Button variant="light" onClick={() => onArchiveInstead(definition.id)} disabled={loading}>
              Archive instead
            </Button>
          )}
          <Button color="red" onClick={() => void confirm()} loading={loading}>
            {count > 0 ? `Delete field and ${count} value${count === 1 ? '' : 's'}` : 'Delete field'}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
