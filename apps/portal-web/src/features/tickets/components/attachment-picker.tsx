import { Button, CloseButton, FileButton, Group, Input, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { ALLOWED_UPLOAD_EXTENSIONS, formatFileSize, MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import type { Attachments } from '../hooks/use-attachments';
import { useTicketsT } from '../i18n/tickets-i18n';

const ACCEPT = ALLOWED_UPLOAD_EXTENSIONS.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)).join(',');

/** "Attach files" plus the picked files, each removable; the server checks type and size again on upload. */
export function AttachmentPicker({ attachments, error, disabled }: { attachments: Attachments; error?: string | null; disabled?: boolean }) {
  const t = useTicketsT();
  const { files, add, remove, tooMany } = attachments;
  const problem = tooMany ? t('tickets.attachments.tooMany', { max: MAX_TICKET_ATTACHMENTS }) : error;
  return (
    <Input.Wrapper
      label={t('tickets.attachments.label')}
      description={t('tickets.attachments.hint', { max: MAX_TICKET_ATTACHMENTS })}
      error={problem || undefined}
    >
      <Stack gap={6} mt={6}>
        {files.length > 0 && (
          <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
            {files.map((f) => (
              <Group component="li" key={`${f.name}-${f.size}-${f.lastModified}`} gap="xs" wrap="nowrap">
                <IconPaperclip size={14} aria-hidden style={{ flexShrink: 0 }} />
                <Text size="sm" truncate>
                  {f.name}
                </Text>
                <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
                  {formatFileSize(f.size)}
                </Text>
                <CloseButton size="sm" aria-label={t('tickets.attachments.remove', { name: f.name })} onClick={() => remove(f)} disabled={disabled} />
              </Group>
            ))}
          </Stack>
        )}
        <FileButton onChange={add} multiple accept={ACCEPT} disabled={disabled}>
          {(props) => (
            <Button {...props} variant="default" size="xs" leftSection={<IconPaperclip size={14} />} style={{ alignSelf: 'flex-start' }}>
              {t('tickets.attachments.add')}
            </Button>
          )}
        </FileButton>
      </Stack>
    </Input.Wrapper>
  );
}
