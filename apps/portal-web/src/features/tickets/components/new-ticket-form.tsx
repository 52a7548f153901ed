import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { MAX_TICKET_MESSAGE } from '@clientflow/domain';
import { OpenPortalTicketDocument } from '@clientflow/graphql-types/portal';
import { describeError } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useAttachments } from '../hooks/use-attachments';
import { referenceInput, useReferenceOptions } from '../hooks/use-reference-options';
import { useTicketsT } from '../i18n/tickets-i18n';
import { apiErrorField, isSendShortcut, messageProblem, subjectProblem, type TextProblem } from '../lib/ticket-form';
import { AttachmentPicker } from './attachment-picker';

interface Values {
  subject: string;
  message: string;
  /** `invoice:<id>`, `project:<id>` or '' (a native select: the phone's own picker, and light). */
  reference: string;
}

/** The API's input names → this form's fields. */
const FIELDS: Record<string, keyof Values | 'attachments'> = {
  subject: 'subject',
  message: 'message',
  invoiceId: 'reference',
  projectId: 'reference',
  attachmentIds: 'attachments',
};

/**
 * Subject, message, an optional invoice/project and attachments; validated as the API does (packages/domain), its
 * refusals shown on the field they are about.
 */
export function NewTicketForm() {
  const t = useTicketsT();
  const sharedT = useT();
  const navigate = useNavigate();
  const { branding } = usePortalViewer();
  const references = useReferenceOptions();
  const attachments = useAttachments();
  const [formError, setFormError] = useState<string | null>(null);
  const say = (problem: TextProblem) =>
    problem ? t(problem.key, problem.max ? { max: problem.max } : undefined) : null;
  const form = useForm<Values>({
    initialValues: { subject: '', message: '', reference: '' },
    validate: { subject: (v) => say(subjectProblem(v)), message: (v) => say(messageProblem(v, 'message')) },
  });
  const [open, { loading }] = useMutation(OpenPortalTicketDocument, {
    context: { quietErrors: true },
    // The list is re-read when next shown, with the new ticket in its place.
    update: (cache) => {
      cache.evict({ fieldName: 'portalTickets' });
      cache.gc();
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (attachments.tooMany || loading || attachments.uploading) return;
    setFormError(null);
    const attachmentIds = await attachments.uploadForSend((err) => describeError(err, sharedT));
    if (!attachmentIds) return;
    try {
      const { data } = await open({
        variables: {
          input: {
            subject: values.subject.trim(),
            message: values.message.trim(),
            ...referenceInput(values.reference),
            ...(attachmentIds.length ? { attachmentIds } : {}),
          },
        },
      });
      if (!data) return;
      notifications.show({ color: 'teal', message: t('tickets.form.sent', { agency: branding.agencyName }) });
      await navigate(`/tickets/${data.openPortalTicket.id}`);
    } catch (err) {
      const field = FIELDS[apiErrorField(err) ?? ''];
      const message = describeError(err, sharedT);
      if (field === 'attachments') attachments.refused(message);
      else if (field) form.setFieldError(field, message);
      else setFormError(message);
    }
  });

  const length = form.values.message.trim().length;
  return (
    <Card withBorder padding="lg">
      <form onSubmit={submit} noValidate aria-label={t('tickets.form.title')}>
        <Stack>
          {formError && (
            <Alert
              color="red"
              variant="light"
              icon={<IconAlertCircle size={18} />}
              title={t('tickets.form.failed')}
              role="alert"
            >
              {formError}
            </Alert>
          )}
          <TextInput
            label={t('tickets.form.subject')}
            placeholder={t('tickets.form.subjectPlaceholder')}
            required
            data-autofocus
            {...form.getInputProps('subject')}
          />
          <Textarea
            label={t('tickets.form.message')}
            placeholder={t('tickets.form.messagePlaceholder')}
            required
            autosize
            minRows={5}
            maxRows={16}
            description={
              length > MAX_TICKET_MESSAGE * 0.9
                ? t('tickets.form.characters', { count: length, max: MAX_TICKET_MESSAGE })
                : undefined
            }
            onKeyDown={(e) => {
              if (isSendShortcut(e)) {
                e.preventDefault();
                void submit();
              }
            }}
            {...form.getInputProps('message')}
          />
          {references.available && (
            <NativeSelect
              label={t('tickets.form.reference')}
              description={references.failed ? t('tickets.form.referenceError') : t('tickets.form.referenceHint')}
              data={[
                {
                  value: '',
                  label: references.loading
                    ? t('tickets.form.referenceLoading')
                    : t('tickets.form.referencePlaceholder'),
                },
                ...references.groups,
              ]}
              disabled={references.loading || !references.groups.length}
              {...form.getInputProps('reference')}
            />
          )}
          <AttachmentPicker
            attachments={attachments}
            error={attachments.error}
            disabled={attachments.uploading || loading}
          />
          <Group justify="flex-end">
            <Button component={Link} to="/tickets" variant="default">
              {t('tickets.form.cancel')}
            </Button>
            <Button type="submit" loading={loading || attachments.uploading}>
              {t('tickets.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
