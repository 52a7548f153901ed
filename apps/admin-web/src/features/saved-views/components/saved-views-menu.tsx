import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBookmark, IconChevronDown, IconDeviceFloppy, IconTrash } from '@tabler/icons-react';
import { CreateSavedViewDocument, DeleteSavedViewDocument, SavedViewsDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import type { ClientListParams } from '../../clients/lib/client-list-params';
import { paramsFromSavedView, savedViewInput } from '../lib/saved-view-params';

interface SavedViewsMenuProps {
  params: ClientListParams;
  onApply: (params: ClientListParams) => void;
}

/** The user's own saved list setups: apply one, save the current one, delete. */
export function SavedViewsMenu({ params, onApply }: SavedViewsMenuProps) {
  const { data, error } = useQuery(SavedViewsDocument, { context: { handledErrorCodes: ['*'] } });
  const [saving, setSaving] = useState(false);
  const [name, setName] = useState('');
  const [nameError, setNameError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateSavedViewDocument, {
    context: { handledErrorCodes: ['*'] },
    refetchQueries: [SavedViewsDocument],
  });
  const [remove] = useMutation(DeleteSavedViewDocument, {
    context: { handledErrorCodes: ['*'] },
    refetchQueries: [SavedViewsDocument],
  });
  const views = data?.savedViews ?? [];

  const save = async () => {
    if (!name.trim()) return setNameError('Give the view a name');
    try {
      await create({ variables: { input: savedViewInput(name.trim(), params) } });
      notifications.show({ color: 'teal', message: `View "${name.trim()}" saved` });
      setSaving(false);
      setName('');
    } catch (e) {
      const info = apiErrorInfo(e);
      setNameError(info.message);
    }
  };

  return (
    <>
      <Menu position="bottom-end" withinPortal width={260}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconBookmark size={16} />}
            rightSection={<IconChevronDown size={14} />}
          >
            Views
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>My saved views</Menu.Label>
          {error && <Menu.Item disabled>Could not load views</Menu.Item>}
          {!error && views.length === 0 && <Menu.Item disabled>No saved views yet</Menu.Item>}
          {views.map((view) => (
            <Menu.Item
              key={view.id}
              onClick={() => onApply(paramsFromSavedView(view))}
              rightSection={
                <ActionIcon
                  component="span"
                  size="sm"
                  variant="subtle"
                  color="red"
                  aria-label={`Delete view ${view.name}`}
                  onClick={(event: React.MouseEvent) => {
                    event.stopPropagation();
                    remove({ variables: { id: view.id } }).catch((e: unknown) =>
                      notifications.show({ color: 'red', message: apiErrorInfo(e).message }),
                    );
                  }}
                >
                  <IconTrash size={14} />
                </ActionIcon>
              }
            >
              <Text size="sm" truncate="end">
                {view.name}
              </Text>
            </Menu.Item>
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconDeviceFloppy size={16} />} onClick={() => setSaving(true)}>
            Save current view…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={saving} onClose={() => setSaving(false)} title="Save this view" centered>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <Stack>
            <TextInput
              label="Name"
              placeholder="e.g. VIP clients in Lisbon"
              value={name}
              maxLength={80}
              error={nameError}
              onChange={(event) => {
                setName(event.currentTarget.value);
                setNameError(null);
              }}
              data-autofocus
            />
            <Text size="xs" c="dimmed">
              Saves the filters, sort and view mode. Only you can see your views.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setSaving(false)}>
                Cancel
              </Button>
              <Button type="submit" loading={loading}>
                Save view
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
