import { useApolloClient, useMutation } from '@apollo/client/react';
import { Button, Menu, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBuildingStore, IconCheck, IconSelector } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { SwitchWorkspaceDocument } from '@clientflow/graphql-types/admin';
import { humanizeEnum } from '../../../shared/lib/format';
import { useViewer } from '../../session/hooks/use-viewer';

export function WorkspaceSwitcher() {
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [switchWorkspace, { loading }] = useMutation(SwitchWorkspaceDocument);

  const choose = async (workspaceId: string, name: string) => {
    if (workspaceId === viewer.workspace.id) return;
    try {
      await switchWorkspace({ variables: { workspaceId } });
    } catch {
      return; // the error link has already told the user
    }
    // Everything cached belongs to the previous workspace; refetch what is on screen from the new one.
    navigate('/clients');
    notifications.show({ color: 'teal', message: `Switched to ${name}` });
    try {
      await client.resetStore();
    } catch (error) {
      // Requests cut short by the reset itself are expected; anything else went through the error link already.
      if ((error as Error).name !== 'AbortError') console.warn(error);
    }
  };

  const single = viewer.memberships.length <= 1;

  return (
    <Menu position="bottom-start" width={260} disabled={single}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="gray"
          loading={loading}
          leftSection={<IconBuildingStore size={18} />}
          rightSection={single ? null : <IconSelector size={14} />}
          aria-label={`Workspace: ${viewer.workspace.name}`}
          // Narrow on phones, where the header also holds the live state, notifications, theme and account.
          maw={{ base: 150, sm: 240 }}
          styles={{ label: { overflow: 'hidden', textOverflow: 'ellipsis' } }}
        >
          {viewer.workspace.name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Switch workspace</Menu.Label>
        {viewer.memberships.map(({ workspace, role }) => {
          const current = workspace.id === viewer.workspace.id;
          return (
            <Menu.Item
              key={workspace.id}
              onClick={() => void choose(workspace.id, workspace.name)}
              rightSection={current ? <IconCheck size={16} /> : null}
              aria-current={current ? 'true' : undefined}
            >
              <Text size="sm" fw={current ? 600 : 400}>
                {workspace.name}
              </Text>
              <Text size="xs" c="dimmed">
                {humanizeEnum(role)}
              </Text>
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
