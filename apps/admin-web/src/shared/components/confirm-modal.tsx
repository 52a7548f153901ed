import type { ReactNode } from 'react';
import { Button, Group, Modal, Stack } from '@mantine/core';

interface ConfirmModalProps {
  opened: boolean;
  title: ReactNode;
  /** What will happen, in the user's words; may hold inputs (e.g. an optional reason). */
  children: ReactNode;
  confirmLabel: string;
  loading?: boolean;
  onCancel(): void;
  onConfirm(): void | Promise<void>;
}

/** A destructive action's confirmation: Cancel, or a red button that names the action. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  loading,
  onCancel,
  onConfirm,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack gap="md">
        {children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={loading}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void onConfirm()}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
