import { Button, CloseButton, Group, Input, Stack, Text } from '@mantine/core';
import { useRef } from 'react';
import { IconPaperclip } from '@tabler/icons-react';
import { ALLOWED_UPLOAD_EXTENSIONS, MAX_TICKET_ATTACHMENTS } from '@clientflow/domain';
import type { Attachments } from '../hooks/use-attachments';
import { useIntlTag } from '../../../shared/i18n/i18n-provider';
import { useTicketsT } from '../i18n/tickets-i18n';
import { formatSize } from '../lib/file-size';

const ACCEPT = ALLOWED_UPLOAD_EXTENSIONS.map((ext) => (ext.startsWith('.') ? ext : `.${ext}`)).join(',');

/** "Attach files" plus the picked files, each removable; the server checks type and size again on upload. */
export function AttachmentPicker({
  attachments,
  error,
  disabled,
}: {
  attachments: Attachments;
  error?: string | null;
  disabled?: boolean;
}) {
  const t = useTicketsT();
  const intlTag = useIntlTag();
  const { files, add, remove, tooMany } = attachments;
  const input = useRef<HTMLInputElement>(null);
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
                  {formatSize(intlTag, f.size)}
                </Text>
                <CloseButton
                  size="sm"
                  aria-label={t('tickets.attachments.remove', { name: f.name })}
                  onClick={() => remove(f)}
                  disabled={disabled}
                />
              </Group>
            ))}
          </Stack>
        )}
        {/* A plain file input behind the button (as Mantine's FileButton does, without one more chunk to load). */}
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          disabled={disabled}
          onChange={(e) => {
            add(Array.from(e.currentTarget.files ?? []));
            e.currentTarget.value = '';
          }}
        />
        <Button
          variant="default"
          size="xs"
          leftSection={<IconPaperclip size={14} />}
          style={{ alignSelf: 'flex-start' }}
          disabled={disabled}
          onClick={() => input.current?.click()}
        >
          {t('tickets.attachments.add')}
        </Button>
      </Stack>
    </Input.Wrapper>
  );
}
