import { useEffect } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { MAX_DECISION_COMMENT } from '@clientflow/domain';
import { DecideDeliverableDocument, type DeliverableDecision } from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

interface Values {
  decision: DeliverableDecision;
  comment: string;
}

interface Props {
  deliverable: { id: string; title: string; version: number } | null;
  onClose: () => void;
  onSaved?: () => void;
}

/** Records the client's decision on the current version (staff on the client's behalf, e.g. approved by email). */
export function DecisionModal({ deliverable, onClose, onSaved }: Props) {
  const form = useForm<Values>({
    initialValues: { decision: 'APPROVED', comment: '' },
    validate: {
      comment: (v, values) =>
        values.decision === 'CHANGES_REQUESTED' && !v.trim()
          ? 'Say what should change'
          : v.length > MAX_DECISION_COMMENT
            ? `At most ${MAX_DECISION_COMMENT} characters`
            : null,
    },
  });
  // Stable methods of `form`, which itself is a new object every render.
  const { setValues } = form;
  const deliverableId = deliverable?.id;
  useEffect(() => {
    if (deliverableId) setValues({ decision: 'APPROVED', comment: '' });
  }, [deliverableId, setValues]);

  const [decide, { loading }] = useMutation(DecideDeliverableDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    refetchQueries: ['Deliverable', 'ClientTimeline'],
  });

  const submit = async (values: Values) => {
    if (!deliverable) return;
    try {
      await decide({
        variables: { id: deliverable.id, decision: values.decision, comment: values.comment.trim() || null },
      });
      notifications.show({
        color: 'teal',
        message: values.decision === 'APPROVED' ? 'Approval recorded' : 'Change request recorded',
      });
      onSaved?.();
      onClose();
    } catch (err) {
      if (!applyServerFieldError(form, err)) notifications.show({ color: 'red', message: apiErrorInfo(err).message });
    }
  };

  const changes = form.values.decision === 'CHANGES_REQUESTED';
  return (
    <Modal opened={deliverable !== null} onClose={onClose} title="Record decision" centered size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {deliverable?.title} · version {deliverable?.version}
          </Text>
          <SegmentedControl
            fullWidth
            aria-label="Decision"
            data={[
              { value: 'APPROVED', label: 'Approve' },
              { value: 'CHANGES_REQUESTED', label: 'Request changes' },
            ]}
            {...form.getInputProps('decision')}
            onChange={(v) => {
              form.setFieldValue('decision', v as DeliverableDecision);
              form.clearFieldError('comment');
            }}
          />
          <Alert variant="light" color="gray">
            Recorded as your decision on the client’s behalf (for example, approved by email or in a call). It cannot be
            changed for this version.
          </Alert>
          <Textarea
            label={changes ? 'What should change' : 'Comment (optional)'}
            required={changes}
            autosize
            minRows={3}
            maxRows={10}
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={loading} color={changes ? 'red' : 'teal'}>
              {changes ? 'Request changes' : 'Approve'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
