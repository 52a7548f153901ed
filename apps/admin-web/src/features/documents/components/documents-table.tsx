import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Button, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconDownload, IconPencil, IconTrash } from '@tabler/icons-react';
import { formatFileSize } from '@clientflow/domain';
import {
  RenameDocumentDocument,
  SetDocumentCategoryDocument,
  type DocumentCategory,
  type DocumentFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatDate } from '../../../shared/lib/format';
import { useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { CATEGORY_OPTIONS } from '../lib/categories';
import { ConfirmModal } from '../../../shared/components/confirm-modal';

interface Props {
  documents: DocumentFieldsFragment[];
  canEdit: boolean;
  onDelete: (id: string) => Promise<void>;
}

function RenameCell({ doc }: { doc: DocumentFieldsFragment }) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(doc.fileName);
  const [error, setError] = useState<string | null>(null);
  const [rename, { loading }] = useMutation(RenameDocumentDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  if (!editing) {
    return (
      <Group gap={4} wrap="nowrap">
        <Anchor href={doc.downloadUrl} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {doc.fileName}
        </Anchor>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="sm"
          aria-label={`Rename ${doc.fileName}`}
          onClick={() => setEditing(true)}
        >
          <IconPencil size={14} />
        </ActionIcon>
      </Group>
    );
  }
  const save = async () => {
    if (!value.trim()) return setError('The name cannot be empty');
    try {
      await rename({ variables: { id: doc.id, name: value } });
      setEditing(false);
      setError(null);
    } catch (err) {
      setError(apiErrorInfo(err).message);
    }
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Group gap={4} wrap="nowrap" align="flex-start">
        <TextInput
          aria-label="File name"
          size="xs"
          value={value}
          onChange={(e) => setValue(e.currentTarget.value)}
          onKeyDown={(e) => e.key === 'Escape' && (setEditing(false), setValue(doc.fileName), setError(null))}
          error={error}
          maxLength={200}
          // eslint-disable-next-line jsx-a11y/no-autofocus -- the field appears in place of the name when Rename is clicked: focus follows the click
          autoFocus
          style={{ flex: 1 }}
        />
        <Button size="xs" type="submit" loading={loading}>
          Save
        </Button>
      </Group>
    </form>
  );
}

export function DocumentsTable({ documents, canEdit, onDelete }: Props) {
  const format = useWorkspaceFormat();
  const [confirming, setConfirming] = useState<DocumentFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [setCategory] = useMutation(SetDocumentCategoryDocument);
  return (
    <>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Category</Table.Th>
              <Table.Th>Size</Table.Th>
              <Table.Th>Uploaded by</Table.Th>
              <Table.Th>Date</Table.Th>
              <Table.Th aria-label="Actions" />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((d) => (
              <Table.Tr key={d.id}>
                <Table.Td miw={200} maw={320}>
                  {canEdit ? (
                    <RenameCell doc={d} />
                  ) : (
                    <Anchor href={d.downloadUrl} size="sm">
                      {d.fileName}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td>
                  {canEdit ? (
                    <Select
                      size="xs"
                      aria-label={`Category of ${d.fileName}`}
                      data={CATEGORY_OPTIONS}
                      value={d.category}
                      allowDeselect={false}
                      onChange={(v) =>
                        v && void setCategory({ variables: { id: d.id, category: v as DocumentCategory } })
                      }
                      w={140}
                    />
                  ) : (
                    <Text size="sm">{CATEGORY_OPTIONS.find((o) => o.value === d.category)?.label}</Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatFileSize(d.size)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{d.uploadedBy?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDate(d.createdAt, format)}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Tooltip label="Download">
                      <ActionIcon
                        component="a"
                        href={d.downloadUrl}
                        variant="subtle"
                        aria-label={`Download ${d.fileName}`}
                      >
                        <IconDownload size={16} />
                      </ActionIcon>
                    </Tooltip>
                    {canEdit && (
                      <Tooltip label="Delete">
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${d.fileName}`}
                          onClick={() => setConfirming(d)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={confirming !== null}
        title="Delete document?"
        confirmLabel="Delete"
        loading={deleting}
        onCancel={() => setConfirming(null)}
        onConfirm={async () => {
          if (!confirming) return;
          setDeleting(true);
          try {
            await onDelete(confirming.id);
            setConfirming(null);
          } finally {
            setDeleting(false);
          }
        }}
      >
        <Text size="sm">“{confirming?.fileName}” will be deleted for good, including the stored file.</Text>
      </ConfirmModal>
    </>
  );
}
