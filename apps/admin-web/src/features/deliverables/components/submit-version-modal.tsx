import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { SubmitDeliverableVersionDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

interface Props {
  deliverable: { id: string; title: string; version: number; status: string } | null;
  onClose: () => void;
  onSaved?: () => void;
}

export function SubmitVersionModal({ deliverable, onClose, onSaved }: Props) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Another deliverable starts with an empty note.
  const [noteFor, setNoteFor] = useState(deliverable?.id);
  if (deliverable?.id !== noteFor) {
    setNoteFor(deliverable?.id);
    setNote('');
    setError(null);
  }
  const [submit, { loading }] = useMutation(SubmitDeliverableVersionDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    refetchQueries: ['Deliverable', 'Comments', 'ClientTimeline'],
  });

  const onSubmit = async () => {
    if (!deliverable) return;
    if (note.length > 5000) return setError('At most 5000 characters');
    try {
      await submit({ variables: { id: deliverable.id, note: note.trim() || null } });
      notifications.show({ color: 'teal', message: `Version ${deliverable.version + 1} submitted for approval` });
      onSaved?.();
      onClose();
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };

  const replacing = deliverable?.status === 'PENDING_APPROVAL';
  return (
    <Modal opened={deliverable !== null} onClose={onClose} title="Submit new version" centered size="lg">
      <Stack gap="sm">
        <Text size="sm">
          {deliverable?.title} becomes version {(deliverable?.version ?? 0) + 1} and waits for approval again.
          {replacing ? ' It replaces the version still awaiting a decision.' : ''} Upload its files afterwards; earlier
          files stay listed under their version.
        </Text>
        <Textarea
          label="What changed (optional)"
          description="Posted as a comment the client can see"
          autosize
          minRows={3}
          maxRows={10}
          value={note}
          error={error}
          onChange={(e) => {
            setNote(e.currentTarget.value);
            setError(null);
          }}
        />
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={loading} onClick={() => void onSubmit()}>
            Submit version {(deliverable?.version ?? 0) + 1}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
