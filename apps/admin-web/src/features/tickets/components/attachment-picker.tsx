import { useState } from 'react';
import { Button, FileButton, Stack, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { UploadProgressList } from '../../documents/components/upload-progress-list';
import type { useTicketAttachments } from '../hooks/use-ticket-attachments';

type Attachments = ReturnType<typeof useTicketAttachments>;

/** "Attach files" (keyboard-reachable file picker) with each file's upload progress or error. */
export function AttachmentPicker({ attachments, disabled }: { attachments: Attachments; disabled?: boolean }) {
  const [error, setError] = useState<string | null>(null);
  return (
    <Stack gap={6}>
      <FileButton
        multiple
        onChange={(files) => {
          setError(null);
          void attachments.add(files).then((refusal) => refusal && setError(refusal));
        }}
        disabled={disabled}
      >
        {(props) => (
          <Button
            {...props}
            variant="default"
            size="xs"
            leftSection={<IconPaperclip size={14} />}
            style={{ alignSelf: 'flex-start' }}
          >
            Attach files
          </Button>
        )}
      </FileButton>
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <UploadProgressList uploads={attachments.uploads} onDismiss={attachments.dismiss} />
    </Stack>
  );
}
