import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Card, Center, Group, Loader, Select, Stack, Text, Title } from '@mantine/core';
import { Dropzone } from '@mantine/dropzone';
import { IconFiles, IconUpload } from '@tabler/icons-react';
import { formatFileSize } from '@clientflow/domain';
import { CATEGORY_OPTIONS } from '../lib/categories';
import {
  ClientDocumentsDocument,
  DeleteDocumentDocument,
  type DocumentCategory,
} from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { useCan } from '../../session/hooks/use-viewer';
import { useFileUploads } from '../lib/use-file-uploads';
import { DocumentsTable } from './documents-table';
import { UploadProgressList } from './upload-progress-list';

const MAX_MB = 25;

export function ClientDocumentsPanel({ clientId }: { clientId: string }) {
  const canEdit = useCan('client.edit');
  const [filter, setFilter] = useState<DocumentCategory | null>(null);
  const [category, setCategory] = useState<DocumentCategory>('OTHER');
  const { uploads, start, dismiss } = useFileUploads(clientId);
  const { data, loading, error, refetch } = useQuery(ClientDocumentsDocument, {
    variables: { clientId, category: filter },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const [deleteDocument] = useMutation(DeleteDocumentDocument);

  const onDrop = async (files: File[]) => {
    const done = await start(files, { category });
    if (done.length) await refetch();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={3} size="h4">
          Documents
        </Title>
        <Select
          label="Show"
          aria-label="Filter by category"
          data={[{ value: '', label: 'All categories' }, ...CATEGORY_OPTIONS]}
          value={filter ?? ''}
          onChange={(v) => setFilter((v || null) as DocumentCategory | null)}
          allowDeselect={false}
          w={200}
        />
      </Group>
      {canEdit && (
        <Card withBorder padding="md">
          <Stack gap="sm">
            <Select
              label="Category for new uploads"
              data={CATEGORY_OPTIONS}
              value={category}
              onChange={(v) => v && setCategory(v as DocumentCategory)}
              allowDeselect={false}
              maw={260}
            />
            <Dropzone onDrop={(files) => void onDrop(files)} multiple aria-label="Upload documents">
              <Group justify="center" gap="md" mih={90} style={{ pointerEvents: 'none' }}>
                <IconUpload size={32} stroke={1.5} />
                <div>
                  <Text size="md">Drop files here or click to choose</Text>
                  <Text size="sm" c="dimmed">
                    PDF, images, Office files, ZIP, text or CSV — up to {MAX_MB} MB each
                  </Text>
                </div>
              </Group>
            </Dropzone>
            <UploadProgressList uploads={uploads} onDismiss={dismiss} />
          </Stack>
        </Card>
      )}
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading documents">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState
          title="Could not load documents"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : data?.clientDocuments.length ? (
        <DocumentsTable
          documents={data.clientDocuments}
          canEdit={canEdit}
          onDelete={async (id) => {
            await deleteDocument({ variables: { id } });
            await refetch();
          }}
        />
      ) : (
        <Center py="xl">
          <Stack align="center" gap={4}>
            <IconFiles size={36} stroke={1.4} color="var(--mantine-color-dimmed)" />
            <Text fw={500}>{filter ? `No ${humanizeEnum(filter).toLowerCase()} documents` : 'No documents yet'}</Text>
            <Text size="sm" c="dimmed">
              {canEdit
                ? 'Contracts, proposals and files you upload appear here.'
                : 'Files uploaded for this client appear here.'}
            </Text>
          </Stack>
        </Center>
      )}
      {data && data.clientDocuments.length > 0 && (
        <Text size="xs" c="dimmed">
          {data.clientDocuments.length} documents ·{' '}
          {formatFileSize(data.clientDocuments.reduce((s, d) => s + d.size, 0))}
        </Text>
      )}
    </Stack>
  );
}
