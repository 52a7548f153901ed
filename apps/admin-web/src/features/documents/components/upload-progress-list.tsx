import { ActionIcon, Group, Progress, Stack, Text } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { formatFileSize } from '@clientflow/domain';
import type { FileUpload } from '../lib/use-file-uploads';

export function UploadProgressList({
  uploads,
  onDismiss,
}: {
  uploads: FileUpload[];
  onDismiss: (key: string) => void;
}) {
  if (!uploads.length) return null;
  return (
    <Stack gap="xs" aria-label="Uploads">
      {uploads.map((u) => (
        <Stack key={u.key} gap={4} data-testid="upload-item">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text size="sm" truncate="end" style={{ minWidth: 0 }}>
              {u.name}{' '}
              <Text span c="dimmed" size="xs">
                ({formatFileSize(u.size)})
              </Text>
            </Text>
            <Group gap={4} wrap="nowrap">
              {u.status === 'done' && <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label="Uploaded" />}
              {u.status !== 'uploading' && (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Dismiss ${u.name}`}
                  onClick={() => onDismiss(u.key)}
                >
                  <IconX size={14} />
                </ActionIcon>
              )}
            </Group>
          </Group>
          {u.status === 'error' ? (
            <Text size="xs" c="red" role="alert">
              {u.error}
            </Text>
          ) : (
            <Progress
              value={Math.round(u.progress * 100)}
              color={u.status === 'done' ? 'teal' : 'blue'}
              size="sm"
              aria-label={`${u.name} upload progress`}
              animated={u.status === 'uploading'}
            />
          )}
        </Stack>
      ))}
    </Stack>
  );
}
