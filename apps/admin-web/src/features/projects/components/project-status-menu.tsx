import { useMutation } from '@apollo/client/react';
import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import { ChangeProjectStatusDocument, type ProjectStatus } from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { PROJECT_STATUS_ACTIONS, PROJECT_STATUS_COLORS } from '../lib/project-labels';

interface ProjectStatusMenuProps {
  projectId: string;
  status: ProjectStatus;
  allowed: readonly ProjectStatus[];
  canEdit: boolean;
}

/** The current status; for editors, a menu of the moves the API allows from it. */
export function ProjectStatusMenu({ projectId, status, allowed, canEdit }: ProjectStatusMenuProps) {
  const [change, { loading }] = useMutation(ChangeProjectStatusDocument, {
    refetchQueries: ['Projects', 'ClientTimeline'],
    context: { handledErrorCodes: ['*'] },
  });
  const label = humanizeEnum(status);
  if (!canEdit || !allowed.length) {
    return (
      <Button variant="light" color={PROJECT_STATUS_COLORS[status]} size="xs" component="span">
        {label}
      </Button>
    );
  }
  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button
          variant="light"
          color={PROJECT_STATUS_COLORS[status]}
          size="xs"
          rightSection={<IconChevronDown size={14} />}
          loading={loading}
          aria-label={`Status: ${label}. Change status`}
        >
          {label}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {allowed.map((to) => (
          <Menu.Item
            key={to}
            color={to === 'CANCELLED' ? 'red' : undefined}
            onClick={() =>
              void change({ variables: { id: projectId, status: to } }).catch((e) =>
                notifications.show({
                  color: 'red',
                  title: 'Could not change the status',
                  message: apiErrorInfo(e).message,
                }),
              )
            }
          >
            {PROJECT_STATUS_ACTIONS[to]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
