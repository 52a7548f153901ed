import { Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { PortalTicketMessageFieldsFragment } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { useTicketsT } from '../i18n/tickets-i18n';
import { MessageAttachments } from './message-attachments';

/** A chat-like bubble: the contact's own messages on the right and highlighted, the agency's on the left, named. */
export function TicketMessage({ message }: { message: PortalTicketMessageFieldsFragment }) {
  const t = useTicketsT();
  const fmt = useFormatters();
  const { branding } = usePortalViewer();
  const author = message.mine ? t('tickets.thread.you') : (message.author?.name ?? branding.agencyName);
  return (
    <Box
      component="li"
      data-testid="ticket-message"
      data-mine={message.mine}
      style={{ display: 'flex', justifyContent: message.mine ? 'flex-end' : 'flex-start' }}
    >
      <Paper
        withBorder
        p="sm"
        radius="md"
        maw={{ base: '92%', sm: '78%' }}
        bg={message.mine ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-white)'}
        aria-label={author}
      >
        <Stack gap={4}>
          <Group gap="xs" justify="space-between" wrap="wrap">
            <Text size="sm" fw={600}>
              {author}
            </Text>
            <Text size="xs" c="dimmed" component="time" dateTime={message.createdAt}>
              {fmt.date(message.createdAt, { dateStyle: 'medium', timeStyle: 'short' })}
            </Text>
          </Group>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {message.body}
          </Text>
          <MessageAttachments attachments={message.attachments} />
        </Stack>
      </Paper>
    </Box>
  );
}
