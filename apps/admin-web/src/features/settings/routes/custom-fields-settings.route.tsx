import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Group, Loader, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments, IconPlus } from '@tabler/icons-react';
import { CustomFieldDefinitionsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { CustomFieldFormModal } from '../../custom-fields/components/custom-field-form-modal';
import { CustomFieldsTable, type DefinitionRow } from '../../custom-fields/components/custom-fields-table';
import { DeleteCustomFieldModal } from '../../custom-fields/components/delete-custom-field-modal';
import {
  useArchiveCustomFieldDefinition,
  useReorderCustomFieldDefinitions,
  useRestoreCustomFieldDefinition,
} from '../../custom-fields/hooks/use-custom-field-mutations';

export function CustomFieldsSettingsRoute() {
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<DefinitionRow | null>(null);
  const [creating, setCreating] = useState(false);
  const [deleting, setDeleting] = useState<DefinitionRow | null>(null);
  const { data, loading, error, refetch } = useQuery(CustomFieldDefinitionsDocument, {
    variables: { includeArchived: showArchived },
    context: { handledErrorCodes: ['*'] },
  });
  const [reorder, reorderState] = useReorderCustomFieldDefinitions();
  const [archive, archiveState] = useArchiveCustomFieldDefinition();
  const [restore, restoreState] = useRestoreCustomFieldDefinition();
  const busy = reorderState.loading || archiveState.loading || restoreState.loading;
  const definitions = data?.customFieldDefinitions ?? [];

  const move = (d: DefinitionRow, direction: -1 | 1) => {
    const ids = definitions.filter((x) => !x.archivedAt).map((x) => x.id);
    const from = ids.indexOf(d.id);
    const to = from + direction;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    void reorder({ variables: { ids } }).catch(() => undefined);
  };
  const archiveOne = async (id: string, label: string) => {
    await archive({ variables: { id } });
    notifications.show({
      color: 'teal',
      title: 'Field archived',
      message: `${label} is hidden from clients; its values are kept.`,
    });
  };

  let body: React.ReactNode;
  if (loading && !data) {
    body = (
      <Center py="xl" role="status" aria-label="Loading custom fields">
        <Loader />
      </Center>
    );
  } else if (!data) {
    body = (
      <ErrorState
        title="Could not load custom fields"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  } else if (!definitions.length) {
    body = (
      <EmptyState
        py="xl"
        withIndicatorBackground
        icon={<IconAdjustments />}
        title={showArchived ? 'No custom fields' : 'No custom fields yet'}
        description="Track what matters to your agency on every client: renewal dates, service tiers, NDAs, brand links…"
      >
        <EmptyState.Actions>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Add your first field
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  } else {
    body = (
      <CustomFieldsTable
        definitions={definitions}
        busy={busy}
        onEdit={setEditing}
        onMove={move}
        onArchive={(d) => void archiveOne(d.id, d.label).catch(() => undefined)}
        onRestore={(d) => void restore({ variables: { id: d.id } }).catch(() => undefined)}
        onDelete={setDeleting}
      />
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={3}>Custom fields</Title>
          <Text size="sm" c="dimmed" maw={560}>
            Extra fields shown on every client profile. Archived fields are hidden from profiles but keep their values.
          </Text>
        </div>
        <Group gap="md">
          <Switch
            label="Show archived"
            checked={showArchived}
            onChange={(e) => setShowArchived(e.currentTarget.checked)}
          />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            New field
          </Button>
        </Group>
      </Group>
      <Paper withBorder p={definitions.length ? 0 : 'md'}>
        {body}
      </Paper>
      <CustomFieldFormModal
        opened={creating || Boolean(editing)}
        definition={editing}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
      <DeleteCustomFieldModal
        definition={deleting}
        onClose={() => setDeleting(null)}
        onArchiveInstead={(id) => {
          const label = deleting?.label ?? 'The field';
          setDeleting(null);
          void archiveOne(id, label).catch(() => undefined);
        }}
      />
    </Stack>
  );
}
