import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';

interface Props {
  subject: string;
  body: string;
  to?: readonly string[];
  attachmentName?: string;
  label?: string;
}

/** How the email reads: plain text, exactly as it is sent. */
export function EmailPreview({ subject, body, to, attachmentName, label = 'Preview' }: Props) {
  return (
    <Paper withBorder p="sm" radius="md" aria-label={label} role="region">
      <Stack gap={6}>
        {to && (
          <Text size="sm">
            <Text span c="dimmed">
              To:{' '}
            </Text>
            {to.join(', ')}
          </Text>
        )}
        <Text size="sm" fw={600} data-testid="preview-subject">
          {subject || '(no subject)'}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="preview-body">
          {body}
        </Text>
        {attachmentName && (
          <Group gap={4}>
            <Badge variant="outline" color="gray" leftSection={<IconPaperclip size={12} />} tt="none">
              {attachmentName}
            </Badge>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
