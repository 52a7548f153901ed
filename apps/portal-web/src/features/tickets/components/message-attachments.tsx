import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import type { PortalTicketMessageFieldsFragment } from '@clientflow/graphql-types/portal';
import { useIntlTag } from '../../../shared/i18n/i18n-provider';
import { useTicketsT } from '../i18n/tickets-i18n';
import { formatSize } from '../lib/file-size';

/** A message's files as download links (same-origin; the portal session cookie authorises them). */
export function MessageAttachments({ attachments }: { attachments: PortalTicketMessageFieldsFragment['attachments'] }) {
  const t = useTicketsT();
  const intlTag = useIntlTag();
  if (!attachments.length) return null;
  return (
    <Stack
      component="ul"
      gap={2}
      p={0}
      m={0}
      mt={4}
      style={{ listStyle: 'none' }}
      aria-label={t('tickets.attachments.title')}
    >
      {attachments.map((a) => (
        <Group component="li" key={a.id} gap={6} wrap="nowrap">
          <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0 }} />
          <Anchor
            href={a.downloadUrl}
            download={a.fileName}
            size="sm"
            truncate
            aria-label={t('tickets.attachments.download', { name: a.fileName })}
          >
            {a.fileName}
          </Anchor>
          <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
            {formatSize(intlTag, a.size)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
