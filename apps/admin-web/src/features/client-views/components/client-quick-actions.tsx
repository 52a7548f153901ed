import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Menu, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconBriefcase, IconDots, IconExternalLink, IconMail, IconPhone } from '@tabler/icons-react';
import { ListArchiveClientDocument } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan } from '../../session/hooks/use-viewer';
import { evictClientLists } from '../lib/evict-client-lists';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { NewProjectModal } from '../../projects/components/new-project-modal';
import { telHref } from '../../../shared/lib/format';

interface QuickActionsProps {
  client: { id: string; name: string; email: string | null; phone: string | null; archivedAt: string | null };
  onOpen: (id: string) => void;
}

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

/** Per-row actions: open, new project (for this client), email, call, archive (with confirmation). */
export function ClientQuickActions({ client, onOpen }: QuickActionsProps) {
  const canEdit = useCan('client.edit');
  const [confirming, setConfirming] = useState(false);
  const [creatingProject, setCreatingProject] = useState(false);
  const [reason, setReason] = useState('');
  const [archive, { loading }] = useMutation(ListArchiveClientDocument, {
    context: { handledErrorCodes: ['*'] },
    update: evictClientLists,
  });

  const confirmArchive = async () => {
    try {
      await archive({ variables: { id: client.id, reason: reason.trim() || null } });
      notifications.show({ color: 'teal', message: `${client.name} archived` });
      setConfirming(false);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not archive', message: apiErrorInfo(error).message });
    }
  };

  return (
    // Not an interactive element: it keeps clicks and keys in the menu and its modals (portals bubble through React)
    // from reaching the row or card, which opens the client.
    <div role="presentation" onClick={stop} onKeyDown={stop}>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${client.name}`}>
            <IconDots size={18} />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconExternalLink size={16} />} onClick={() => onOpen(client.id)}>
            Open
          </Menu.Item>
          {canEdit && (
            <Menu.Item leftSection={<IconBriefcase size={16} />} onClick={() => setCreatingProject(true)}>
              New project
            </Menu.Item>
          )}
          <Menu.Item
            component="a"
            href={client.email ? `mailto:${client.email}` : undefined}
            disabled={!client.email}
            leftSection={<IconMail size={16} />}
          >
            Email
          </Menu.Item>
          <Menu.Item
            component="a"
            href={client.phone ? telHref(client.phone) : undefined}
            disabled={!client.phone}
            leftSection={<IconPhone size={16} />}
          >
            Call
          </Menu.Item>
          {canEdit && !client.archivedAt && (
            <>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconArchive size={16} />} onClick={() => setConfirming(true)}>
                Archive…
              </Menu.Item>
            </>
          )}
        </Menu.Dropdown>
      </Menu>
      {canEdit && creatingProject && (
        <NewProjectModal
          opened
          onClose={() => setCreatingProject(false)}
          client={{ id: client.id, name: client.name }}
        />
      )}
      <ConfirmModal
        opened={confirming}
        title={`Archive ${client.name}?`}
        confirmLabel="Archive"
        loading={loading}
        onCancel={() => setConfirming(false)}
        onConfirm={confirmArchive}
      >
        <Text size="sm">The client becomes Inactive and leaves the default lists. You can restore it later.</Text>
        <Textarea
          label="Reason (optional)"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          maxLength={500}
          autosize
          minRows={2}
        />
      </ConfirmModal>
    </div>
  );
}
