import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import {
  ApproveDeliverableDocument,
  RequestDeliverableChangesDocument,
  type PortalDeliverableFieldsFragment,
} from '@clientflow/graphql-types/portal';
import { describeError } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';

const REFETCH = ['PortalDeliverables', 'PortalProjects', 'PortalTimeline'];

/** Approve (optional comment) or Request changes (comment required); server field errors land on the field. */
export function DecisionModal({
  deliverable: d,
  decision,
  onClose,
}: {
  deliverable: PortalDeliverableFieldsFragment;
  decision: 'APPROVED' | 'CHANGES_REQUESTED' | null;
  onClose: () => void;
}) {
  const t = useT();
  const changes = decision === 'CHANGES_REQUESTED';
  const form = useForm({
    initialValues: { comment: '' },
    validate: { comment: (v) => (changes && !v.trim() ? t('approvals.changesRequired') : null) },
  });
  const options = { context: { quietErrors: true }, refetchQueries: REFETCH };
  const [approve, approving] = useMutation(ApproveDeliverableDocument, options);
  const [requestChanges, requesting] = useMutation(RequestDeliverableChangesDocument, options);

  // A stable method of `form`, which itself is a new object every render.
  const { reset } = form;
  useEffect(() => {
    if (decision) reset();
  }, [decision, reset]);

  const submit = form.onSubmit(async ({ comment }) => {
    try {
      if (changes) await requestChanges({ variables: { id: d.id, comment: comment.trim() } });
      else await approve({ variables: { id: d.id, comment: comment.trim() || null } });
      notifications.show({ color: 'teal', message: t(changes ? 'approvals.changesSent' : 'approvals.approved') });
      onClose();
    } catch (err) {
      form.setFieldError('comment', describeError(err, t));
    }
  });

  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={t(changes ? 'approvals.changesTitle' : 'approvals.approveTitle', { title: d.title })}
      fullScreen={false}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {!changes && <Text size="sm">{t('approvals.approveBody', { version: d.version })}</Text>}
          <Textarea
            label={t(changes ? 'approvals.changesLabel' : 'approvals.optionalComment')}
            required={changes}
            autosize
            minRows={3}
            maxLength={5000}
            data-autofocus
            {...form.getInputProps('comment')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('approvals.cancel')}
            </Button>
            <Button
              type="submit"
              color={changes ? undefined : 'teal'}
              loading={approving.loading || requesting.loading}
            >
              {changes ? t('approvals.send') : t('approvals.approve')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
