import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Anchor,
  Button,
  Center,
  DataList,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  Tooltip,
  type PaperProps,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconSettings } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ClientCustomFieldsDocument, type CustomFieldDefinitionFieldsFragment } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { useSetClientCustomFieldValues } from '../hooks/use-custom-field-mutations';
import {
  draftError,
  draftFrom,
  draftToInput,
  formatCustomFieldValue,
  type CustomFieldDraft,
} from '../lib/custom-field-values';
import { CustomFieldValueEditor } from './custom-field-value-editor';

interface Editing {
  key: string;
  draft: CustomFieldDraft;
  error: string | null;
}

/** The client's custom field values, each editable in place by type for roles with client.edit. */
export function ClientCustomFieldsCard({ clientId, ...paperProps }: { clientId: string } & PaperProps) {
  const canEdit = useCan('client.edit');
  const canManage = useCan('workspace.manage');
  const { locale } = useWorkspaceFormat();
  const [editing, setEditing] = useState<Editing | null>(null);
  const [setValues, { loading: saving }] = useSetClientCustomFieldValues();
  const { data, loading, error, refetch } = useQuery(ClientCustomFieldsDocument, {
    variables: { id: clientId },
    fetchPolicy: 'cache-and-network',
    context: { handledErrorCodes: ['*'] },
  });

  const save = async (definition: CustomFieldDefinitionFieldsFragment, current: Editing) => {
    const problem = draftError(definition, current.draft);
    if (problem) return setEditing({ ...current, error: problem });
    try {
      await setValues({
        variables: { clientId, values: [{ key: definition.key, value: draftToInput(definition, current.draft) }] },
      });
      setEditing(null);
      notifications.show({ color: 'teal', message: `${definition.label} saved.` });
    } catch (e) {
      const info = apiErrorInfo(e);
      if (info.code === 'BAD_USER_INPUT') setEditing({ ...current, error: info.message });
    }
  };

  let body: React.ReactNode;
  if (loading && !data) {
    body = (
      <Center py="md" role="status" aria-label="Loading custom fields">
        <Loader size="sm" />
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
  } else if (!data.client.customFieldValues.length) {
    body = (
      <Stack gap={6} align="flex-start">
        <Text size="sm" c="dimmed">
          {canManage
            ? 'Add fields like renewal dates or service tiers to track them on every client.'
            : 'Your workspace has no custom fields yet.'}
        </Text>
        {canManage && (
          <Button
            component={Link}
            to="/settings/custom-fields"
            variant="light"
            size="xs"
            leftSection={<IconSettings size={14} />}
          >
            Set up custom fields
          </Button>
        )}
      </Stack>
    );
  } else {
    body = (
      <DataList withDivider labelWidth={160}>
        {data.client.customFieldValues.map(({ definition, value }) => {
          const isEditing = editing?.key === definition.key;
          const shown = formatCustomFieldValue(definition, value, locale);
          return (
            <DataList.Item key={definition.id}>
              <DataList.ItemLabel>{definition.label}</DataList.ItemLabel>
              <DataList.ItemValue>
                {isEditing ? (
                  <CustomFieldValueEditor
                    definition={definition}
                    draft={editing.draft}
                    error={editing.error}
                    saving={saving}
                    onChange={(draft) => setEditing({ ...editing, draft, error: null })}
                    onSave={() => void save(definition, editing)}
                    onCancel={() => setEditing(null)}
                  />
                ) : (
                  <Group gap="xs" wrap="nowrap" justify="space-between">
                    {shown === null ? (
                      <Text span c="dimmed">
                        —
                      </Text>
                    ) : definition.type === 'URL' ? (
                      <Anchor
                        href={value!}
                        target="_blank"
                        rel="noopener noreferrer"
                        inherit
                        style={{ wordBreak: 'break-all' }}
                      >
                        {shown}
                      </Anchor>
                    ) : (
                      <Text span inherit style={{ wordBreak: 'break-word' }}>
                        {shown}
                      </Text>
                    )}
                    {canEdit && (
                      <Tooltip label={`Edit ${definition.label}`}>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          size="sm"
                          aria-label={`Edit ${definition.label}`}
                          onClick={() =>
                            setEditing({ key: definition.key, draft: draftFrom(definition, value), error: null })
                          }
                        >
                          <IconPencil size={14} />
                        </ActionIcon>
                      </Tooltip>
                    )}
                  </Group>
                )}
              </DataList.ItemValue>
            </DataList.Item>
          );
        })}
      </DataList>
    );
  }

  return (
    <Paper withBorder p="lg" {...paperProps}>
      <Group justify="space-between" mb="md">
        <Title order={4}>Custom fields</Title>
        {canManage && data?.client.customFieldValues.length ? (
          <Anchor component={Link} to="/settings/custom-fields" size="sm">
            Manage fields
          </Anchor>
        ) : null}
      </Group>
      {body}
    </Paper>
  );
}
