import { useState } from 'react';
import { Button, Group, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import { IconLock, IconSend } from '@tabler/icons-react';
import { MAX_TICKET_MESSAGE, type TicketStatus } from '@clientflow/domain';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { onSubmitShortcut } from '../../../shared/lib/submit-shortcut';
import { useTicketAttachments } from '../hooks/use-ticket-attachments';
import { useReplyToTicket } from '../hooks/use-ticket-mutations';
import { AttachmentPicker } from './attachment-picker';

type Mode = 'reply' | 'internal';

interface TicketComposerProps {
  ticketId: string;
  clientId: string;
  status: TicketStatus;
  /** Whether public replies reach the client by email (the ticket has a contact with an address). */
  emailed: boolean;
}

/** Reply to the client (emailed to them) or add an internal note; Ctrl/Cmd+Enter sends. */
export function TicketComposer({ ticketId, clientId, status, emailed }: TicketComposerProps) {
  const [mode, setMode] = useState<Mode>('reply');
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [attachmentError, setAttachmentError] = useState<string | null>(null);
  const [reply, { loading }] = useReplyToTicket();
  const attachments = useTicketAttachments(clientId);
  const internal = mode === 'internal';

  const send = async () => {
    if (loading) return;
    const text = body.trim();
    if (!text) return setError('Write a message');
    if (text.length > MAX_TICKET_MESSAGE)
      return setError(`The message must be at most ${MAX_TICKET_MESSAGE.toLocaleString()} characters`);
    if (attachments.uploading) return setAttachmentError('Wait for the files to finish uploading');
    const { attachmentIds } = attachments;
    try {
      await reply({
        variables: { id: ticketId, body: text, internal, attachmentIds: attachmentIds.length ? attachmentIds : null },
      });
      setBody('');
      setError(null);
      setAttachmentError(null);
      attachments.clear();
    } catch (err) {
      const info = apiErrorInfo(err);
      if (info.field === 'attachmentIds') setAttachmentError(info.message);
      else setError(info.message);
    }
  };

  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      component="form"
      aria-label="Reply"
      noValidate
      bg={internal ? 'var(--mantine-color-yellow-light)' : undefined}
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        void send();
      }}
    >
      <Stack gap="xs">
        <SegmentedControl
          aria-label="Message type"
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: 'reply', label: 'Reply to client' },
            { value: 'internal', label: 'Internal note' },
          ]}
          fullWidth
          maw={420}
        />
        <Textarea
          label={internal ? 'Internal note' : 'Reply to client'}
          description={
            internal
              ? 'Only your team sees this; the client is not notified.'
              : `${emailed ? 'Emailed to the client and shown in the portal' : 'Shown to the client in the portal'}; ${
                  status === 'CLOSED' ? 'the ticket stays closed.' : 'the ticket then waits for their answer.'
                }`
          }
          placeholder={internal ? 'Context for colleagues…' : 'Write your reply…'}
          autosize
          minRows={3}
          maxRows={14}
          value={body}
          error={error}
          onChange={(e) => {
            setBody(e.currentTarget.value);
            setError(null);
          }}
          onKeyDown={onSubmitShortcut(() => void send())}
        />
        <AttachmentPicker attachments={attachments} disabled={loading} />
        {attachmentError && (
          <Text size="xs" c="red" role="alert">
            {attachmentError}
          </Text>
        )}
        <Group justify="space-between" wrap="wrap">
          <Text size="xs" c="dimmed">
            Ctrl+Enter (⌘+Enter) sends
          </Text>
          <Button
            type="submit"
            loading={loading}
            disabled={attachments.uploading}
            color={internal ? 'yellow' : undefined}
            leftSection={internal ? <IconLock size={16} /> : <IconSend size={16} />}
          >
            {internal ? 'Add internal note' : 'Send reply'}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
