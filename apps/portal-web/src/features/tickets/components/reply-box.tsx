import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconLockSquare, IconRefresh } from '@tabler/icons-react';
import { Link } from 'react-router';
import { statusAfterMessage } from '@clientflow/domain';
import { ReplyToPortalTicketDocument, type TicketStatus } from '@clientflow/graphql-types/portal';
import { describeError, hasErrorCode } from '../../../shared/errors/api-error';
import { useT } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useAttachments } from '../hooks/use-attachments';
import { appendTicketMessage } from '../hooks/use-ticket-thread-live';
import { useTicketsT } from '../i18n/tickets-i18n';
import { apiErrorField, isMacLike, isSendShortcut, messageProblem } from '../lib/ticket-form';
import { AttachmentPicker } from './attachment-picker';

interface ReplyBoxProps {
  ticketId: string;
  status: TicketStatus;
  /** The thread is re-read when the API refuses a reply because the ticket changed meanwhile (e.g. closed). */
  onStale: () => void;
}

/**
 * The contact's reply. A reply hands the ticket back to the agency (and reopens a RESOLVED one); a CLOSED ticket takes
 * no reply (packages/domain `statusAfterMessage`), so the box is disabled and says to open a new ticket.
 */
export function ReplyBox({ ticketId, status, onStale }: ReplyBoxProps) {
  const t = useTicketsT();
  const sharedT = useT();
  const { branding } = usePortalViewer();
  const closed = status === 'CLOSED';
  const attachments = useAttachments();
  const form = useForm({
    initialValues: { body: '' },
    validate: {
      body: (v) => {
        const problem = messageProblem(v, 'reply');
        return problem ? t(problem.key, problem.max ? { max: problem.max } : undefined) : null;
      },
    },
  });
  const [reply, { loading }] = useMutation(ReplyToPortalTicketDocument, {
    context: { quietErrors: true },
    update: (cache, { data }) => {
      if (!data) return;
      appendTicketMessage(cache, ticketId, data.replyToPortalTicket);
      cache.modify({
        id: cache.identify({ __typename: 'PortalTicket', id: ticketId }),
        fields: {
          status: (current: TicketStatus) => statusAfterMessage(current, 'CONTACT', false),
          lastPublicMessageAt: () => data.replyToPortalTicket.createdAt,
        },
      });
    },
  });

  const submit = form.onSubmit(async ({ body }) => {
    if (closed || loading || attachments.uploading || attachments.tooMany) return;
    const attachmentIds = await attachments.uploadForSend((err) => describeError(err, sharedT));
    if (!attachmentIds) return;
    try {
      await reply({
        variables: { id: ticketId, body: body.trim(), ...(attachmentIds.length ? { attachmentIds } : {}) },
      });
      form.reset();
      attachments.reset();
    } catch (err) {
      const message = describeError(err, sharedT);
      if (apiErrorField(err) === 'attachmentIds') return attachments.refused(message);
      form.setFieldError('body', message);
      if (hasErrorCode(err, 'CONFLICT') || hasErrorCode(err, 'NOT_FOUND')) onStale();
    }
  });

  const keys = isMacLike() ? '⌘+Enter' : 'Ctrl+Enter';
  return (
    <Stack gap="xs">
      {closed && (
        <Alert color="gray" variant="light" icon={<IconLockSquare size={18} />} title={t('tickets.thread.closedTitle')}>
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('tickets.thread.closedBody')}</Text>
            <Button component={Link} to="/tickets/new" size="xs" variant="light">
              {t('tickets.thread.openNew')}
            </Button>
          </Stack>
        </Alert>
      )}
      {status === 'RESOLVED' && (
        <Alert color="teal" variant="light" icon={<IconRefresh size={18} />}>
          {t('tickets.thread.resolvedHint')}
        </Alert>
      )}
      {status === 'PENDING' && (
        <Text size="sm" c="dimmed">
          {t('tickets.thread.pendingHint', { agency: branding.agencyName })}
        </Text>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <Textarea
            label={t('tickets.thread.reply')}
            placeholder={t('tickets.thread.replyPlaceholder')}
            autosize
            minRows={3}
            maxRows={12}
            disabled={closed}
            onKeyDown={(e) => {
              if (isSendShortcut(e)) {
                e.preventDefault();
                void submit();
              }
            }}
            {...form.getInputProps('body')}
          />
          {!closed && (
            <AttachmentPicker
              attachments={attachments}
              error={attachments.error}
              disabled={attachments.uploading || loading}
            />
          )}
          <Group justify="space-between" wrap="wrap-reverse" gap="xs">
            {!closed && (
              <Text size="xs" c="dimmed" visibleFrom="sm">
                {t('tickets.thread.shortcut', { keys })}
              </Text>
            )}
            <Button type="submit" loading={loading || attachments.uploading} disabled={closed} ml="auto">
              {t('tickets.thread.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
