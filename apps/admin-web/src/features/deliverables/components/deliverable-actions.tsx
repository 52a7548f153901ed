import { ActionIcon, Menu } from '@mantine/core';
import { IconCheckbox, IconDots, IconPencil, IconTrash, IconVersions } from '@tabler/icons-react';
import type { DeliverableSummaryFragment } from '@clientflow/graphql-types/admin';

interface Props {
  deliverable: DeliverableSummaryFragment;
  onEdit: () => void;
  onDecide: () => void;
  onNewVersion: () => void;
  onDelete: () => void;
}

/** The write actions of one deliverable; render only for roles with client.edit. */
export function DeliverableActions({ deliverable, onEdit, onDecide, onNewVersion, onDelete }: Props) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${deliverable.title}`}>
          <IconDots size={18} />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          leftSection={<IconCheckbox size={16} />}
          onClick={onDecide}
          disabled={deliverable.status !== 'PENDING_APPROVAL'}
        >
          Record decision
        </Menu.Item>
        <Menu.Item leftSection={<IconVersions size={16} />} onClick={onNewVersion}>
          Submit new version
        </Menu.Item>
        <Menu.Item leftSection={<IconPencil size={16} />} onClick={onEdit}>
          Edit
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={onDelete}>
          Delete
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
