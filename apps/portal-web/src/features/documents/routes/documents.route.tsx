import { useMemo, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Pagination,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFiles, IconSearch, IconUpload } from '@tabler/icons-react';
import { formatFileSize, foldForSearch } from '@clientflow/domain';
import { PortalDocumentsDocument } from '@clientflow/graphql-types/portal';
import { APP_HEADERS } from '../../../app/apollo-client';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { usePortalPermissions } from '../../../shared/hooks/use-portal-permissions';
import { useFormatters, useT } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';

const PAGE_SIZE = 20;

/** POST /files/portal/documents: the same checks as the agency's uploads; the server's message names the file. */
async function uploadFiles(files: File[]): Promise<number> {
  const form = new FormData();
  for (const f of files) form.append('files', f, f.name);
  const res = await fetch('/files/portal/documents', {
    method: 'POST',
    body: form,
    credentials: 'same-origin',
    headers: { ...APP_HEADERS },
  });
  const body = (await res.json().catch(() => ({}))) as { documents?: unknown[]; error?: { message?: string } };
  if (!res.ok) throw new Error(body.error?.message ?? res.statusText);
  return body.documents?.length ?? 0;
}

export function DocumentsRoute() {
  const t = useT();
  const fmt = useFormatters();
  const { branding } = usePortalViewer();
  const canUpload = usePortalPermissions().can('UPLOAD_FILES');
  useDocumentTitle(t('documents.title'));
  const { data, loading, error, refetch } = useQuery(PortalDocumentsDocument, { context: { quietErrors: true } });
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const [uploading, setUploading] = useState(false);

  const term = foldForSearch(search.trim());
  const matches = useMemo(
    () => (data?.portalDocuments ?? []).filter((d) => !term || foldForSearch(d.fileName).includes(term)),
    [data, term],
  );
  const pages = Math.max(1, Math.ceil(matches.length / PAGE_SIZE));
  const shown = matches.slice((Math.min(page, pages) - 1) * PAGE_SIZE, Math.min(page, pages) * PAGE_SIZE);

  const upload = async (files: File[]) => {
    if (!files.length) return;
    setUploading(true);
    try {
      const count = await uploadFiles(files);
      notifications.show({ color: 'teal', message: t('documents.uploaded', { count }) });
      await refetch();
    } catch (err) {
      notifications.show({ color: 'red', message: (err as Error).message });
    } finally {
      setUploading(false);
    }
  };

  const action = canUpload ? (
    <Group gap="xs" mt="xs">
      <FileButton onChange={(files) => void upload(files)} multiple>
        {(props) => (
          <Button {...props} leftSection={<IconUpload size={16} />} loading={uploading}>
            {uploading ? t('documents.uploading') : t('documents.upload')}
          </Button>
        )}
      </FileButton>
      <Text size="xs" c="dimmed">
        {t('documents.uploadHint')}
      </Text>
    </Group>
  ) : undefined;

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (!data) body = <ErrorState title={t('documents.loadError')} error={error} onRetry={() => void refetch()} />;
  else if (!data.portalDocuments.length)
    body = <EmptyState icon={<IconFiles size={28} />} title={t('documents.empty')} hint={t('documents.emptyHint')} />;
  else {
    body = (
      <Card p={0}>
        <Stack gap={0}>
          <TextInput
            m="sm"
            leftSection={<IconSearch size={16} />}
            aria-label={t('documents.search')}
            placeholder={t('documents.search')}
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPage(1);
            }}
          />
          {shown.length ? (
            <Table.ScrollContainer minWidth={420}>
              <Table verticalSpacing="sm" highlightOnHover>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('documents.name')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('documents.category')}</Table.Th>
                    <Table.Th visibleFrom="sm">{t('documents.size')}</Table.Th>
                    <Table.Th>{t('documents.date')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {shown.map((d) => (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        <Anchor href={d.downloadUrl} download size="sm">
                          {d.fileName}
                        </Anchor>
                        {d.uploadedByMe && (
                          <Badge ml="xs" size="xs" variant="light">
                            {t('documents.fromYou')}
                          </Badge>
                        )}
                        {d.projectName && (
                          <Text size="xs" c="dimmed">
                            {d.projectName}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td visibleFrom="sm">{t(`documents.category.${d.category}`)}</Table.Td>
                      <Table.Td visibleFrom="sm">{formatFileSize(d.size)}</Table.Td>
                      <Table.Td>{fmt.date(d.createdAt, { dateStyle: 'medium' })}</Table.Td>
                      <Table.Td>
                        <ActionIcon
                          component="a"
                          href={d.downloadUrl}
                          download
                          variant="subtle"
                          aria-label={t('documents.download', { name: d.fileName })}
                        >
                          <IconDownload size={16} />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : (
            <Text p="md" c="dimmed">
              {t('documents.noMatch', { term: search.trim() })}
            </Text>
          )}
          {pages > 1 && (
            <Group justify="center" p="sm">
              <Pagination
                total={pages}
                value={Math.min(page, pages)}
                onChange={setPage}
                aria-label={t('documents.page', { page, total: pages })}
              />
            </Group>
          )}
        </Stack>
      </Card>
    );
  }
  return (
    <Stack gap={0}>
      <PageHeader
        title={t('documents.title')}
        intro={t('documents.intro', { agency: branding.agencyName })}
        action={action}
      />
      {body}
    </Stack>
  );
}
