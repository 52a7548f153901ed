import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconLock, IconPaperclip } from '@tabler/icons-react';
import { formatFileSize } from '@clientflow/domain';
import type { TicketMessageFieldsFragment } from '@clientflow/graphql-types/admin';

interface TicketMessagesProps {
  messages: readonly TicketMessageFieldsFragment[];
  locale: string;
  timeZone: string;
}

/** The thread, oldest first. Internal notes are set apart (yellow, labelled) so nobody mistakes them for replies. */
export function TicketMessages({ messages, locale, timeZone }: TicketMessagesProps) {
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  if (messages.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No messages yet.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ol" aria-label="Messages" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {messages.map((m) => {
        const fromClient = m.author?.kind === 'CONTACT';
        return (
          <Paper
            key={m.id}
            component="li"
            withBorder
            p="sm"
            radius="md"
            data-internal={m.internal || undefined}
            aria-label={
              m.internal
                ? `Internal note by ${m.author?.name ?? 'someone'}`
                : `Message by ${m.author?.name ?? 'someone'}`
            }
            bg={
              m.internal
                ? 'var(--mantine-color-yellow-light)'
                : fromClient
                  ? undefined
                  : 'var(--mantine-color-blue-light)'
            }
            style={m.internal ? { borderColor: 'var(--mantine-color-yellow-6)', borderStyle: 'dashed' } : undefined}
            ml={fromClient ? 0 : { base: 0, sm: 'xl' }}
            mr={fromClient ? { base: 0, sm: 'xl' } : 0}
          >
            {m.internal && (
              <Group gap={6} mb={6} c="yellow.9">
                <IconLock size={14} />
                <Text size="xs" fw={700}>
                  Internal note — the client never sees this
                </Text>
              </Group>
            )}
            <Group justify="space-between" gap="xs" wrap="wrap" mb={4}>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" fw={600}>
                  {m.author?.name ?? 'Former user'}
                </Text>
                <Badge size="xs" variant="outline" color={fromClient ? 'grape' : 'gray'}>
                  {fromClient ? 'Client' : 'Team'}
                </Badge>
              </Group>
              <Text size="xs" c="dimmed" component="time" dateTime={m.createdAt}>
                {when.format(new Date(m.createdAt))}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {m.body}
            </Text>
            {m.attachments.length > 0 && (
              <Stack gap={2} mt="xs" aria-label="Attachments">
                {m.attachments.map((a) => (
                  <Group key={a.id} gap={6} wrap="nowrap">
                    <IconPaperclip size={14} aria-hidden />
                    <Anchor href={a.downloadUrl} size="sm" truncate="end" style={{ minWidth: 0 }}>
                      {a.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatFileSize(a.size)}
                    </Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Paper>
        );
      })}
    </Stack>
  );
}
