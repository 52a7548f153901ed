import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFile, IconUpload } from '@tabler/icons-react';
import { formatFileSize } from '@clientflow/domain';
import type { DeliverableDetailFragment } from '@clientflow/graphql-types/admin';
import { UploadProgressList } from '../../documents/components/upload-progress-list';
import { useFileUploads } from '../../documents/lib/use-file-uploads';

interface Props {
  deliverable: DeliverableDetailFragment;
  canEdit: boolean;
  onUploaded: () => void;
}

/** Files grouped by version, newest first; uploads go to the current version through the documents pipeline. */
export function DeliverableFiles({ deliverable, canEdit, onUploaded }: Props) {
  const { uploads, start, dismiss } = useFileUploads(deliverable.clientId ?? '');
  const versions = [...new Set(deliverable.files.map((f) => f.version))].sort((a, b) => b - a);

  const onDrop = async (files: File[]) => {
    const done = await start(files, {
      category: 'OTHER',
      endpoint: `/files/deliverables/${encodeURIComponent(deliverable.id)}/files`,
    });
    if (done.length) onUploaded();
  };

  return (
    <Stack gap="sm">
      <Title order={3} size="h5">
        Files
      </Title>
      {canEdit && deliverable.clientId && (
        <>
          <Dropzone
            onDrop={(files) => void onDrop(files)}
            multiple
            aria-label={`Upload files for version ${deliverable.version}`}
          >
            <Group justify="center" gap="md" mih={70} style={{ pointerEvents: 'none' }}>
              <IconUpload size={28} stroke={1.5} />
              <div>
                <Text size="sm">Drop files for version {deliverable.version} or click to choose</Text>
                <Text size="xs" c="dimmed">
                  PDF, images, Office files, ZIP, text or CSV
                </Text>
              </div>
            </Group>
          </Dropzone>
          <UploadProgressList uploads={uploads} onDismiss={dismiss} />
        </>
      )}
      {canEdit && !deliverable.clientId && (
        <Text size="sm" c="dimmed">
          Link the project to a client to upload files.
        </Text>
      )}
      {versions.length === 0 ? (
        <Text size="sm" c="dimmed">
          No files yet.
        </Text>
      ) : (
        versions.map((v) => (
          <Card key={v} withBorder padding="sm">
            <Group gap="xs" mb={6}>
              <Text fw={500} size="sm">
                Version {v}
              </Text>
              {v === deliverable.version && (
                <Badge size="xs" variant="light">
                  Current
                </Badge>
              )}
            </Group>
            <Stack gap={4}>
              {deliverable.files
                .filter((f) => f.version === v)
                .map((f) => (
                  <Group key={f.id} gap="xs" wrap="nowrap">
                    <IconFile size={16} stroke={1.5} />
                    <Anchor href={f.downloadUrl} size="sm" truncate="end" style={{ minWidth: 0 }}>
                      {f.fileName}
                    </Anchor>
                    <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                      {formatFileSize(f.size)}
                    </Text>
                  </Group>
                ))}
            </Stack>
          </Card>
        ))
      )}
    </Stack>
  );
}
