import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import {
  ActionIcon,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconEye, IconEyeOff, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import {
  CreateTaskDocument,
  DeleteTaskDocument,
  MoveTaskDocument,
  UpdateTaskDocument,
  type TaskFieldsFragment,
  type TaskStatus,
} from '@clientflow/graphql-types/admin';
import { formatCalendarDate } from '@clientflow/domain';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { TASK_STATUS_LABELS } from '../lib/project-labels';
import { TaskFormModal } from './task-form-modal';

const GROUPS: TaskStatus[] = ['TODO', 'IN_PROGRESS', 'DONE'];
const showError = (title: string) => (error: unknown) =>
  notifications.show({ color: 'red', title, message: apiErrorInfo(error).message });

interface ProjectTasksProps {
  projectId: string;
  tasks: readonly TaskFieldsFragment[];
  canEdit: boolean;
  locale: string;
}

/** Tasks grouped by status, in board order; up/down moves a task past its neighbour in the same group. */
export function ProjectTasks({ projectId, tasks, canEdit, locale }: ProjectTasksProps) {
  const [title, setTitle] = useState('');
  const [titleError, setTitleError] = useState<string | null>(null);
  const [editing, setEditing] = useState<TaskFieldsFragment | null>(null);
  const [deleting, setDeleting] = useState<TaskFieldsFragment | null>(null);
  const ctx = { refetchQueries: ['Project', 'Projects'], context: { handledErrorCodes: ['*'] } };
  const [createTask, { loading: creating }] = useMutation(CreateTaskDocument, ctx);
  const [updateTask] = useMutation(UpdateTaskDocument, ctx);
  const [moveTask] = useMutation(MoveTaskDocument, { context: { handledErrorCodes: ['*'] } });
  const [deleteTask, { loading: removing }] = useMutation(DeleteTaskDocument, ctx);

  const add = async () => {
    if (!title.trim()) {
      setTitleError('Enter a task title');
      return;
    }
    try {
      await createTask({ variables: { input: { projectId, title: title.trim() } } });
      setTitle('');
    } catch (e) {
      setTitleError(apiErrorInfo(e).message);
    }
  };

  const move = (task: TaskFieldsFragment, direction: -1 | 1) => {
    const group = tasks.filter((t) => t.status === task.status);
    const neighbour = group[group.indexOf(task) + direction];
    if (!neighbour) return;
    moveTask({ variables: { id: task.id, position: tasks.indexOf(neighbour) } }).catch(
      showError('Could not move the task'),
    );
  };

  const toggleDone = (task: TaskFieldsFragment) =>
    updateTask({ variables: { id: task.id, input: { status: task.status === 'DONE' ? 'TODO' : 'DONE' } } }).catch(
      showError('Could not update the task'),
    );

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Tasks
      </Title>
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" align="flex-start" wrap="nowrap">
            <TextInput
              aria-label="New task"
              placeholder="Add a task"
              value={title}
              onChange={(e) => {
                setTitle(e.currentTarget.value);
                setTitleError(null);
              }}
              error={titleError}
              maxLength={300}
              style={{ flex: 1 }}
            />
            <Button type="submit" leftSection={<IconPlus size={16} />} loading={creating}>
              Add
            </Button>
          </Group>
        </form>
      )}
      {tasks.length === 0 && (
        <Text size="sm" c="dimmed">
          No tasks yet.{canEdit ? ' Add the first one above.' : ''}
        </Text>
      )}
      {GROUPS.map((status) => {
        const group = tasks.filter((t) => t.status === status);
        if (!group.length) return null;
        return (
          <Stack key={status} gap={6} aria-label={TASK_STATUS_LABELS[status]} role="group">
            <Group gap="xs">
              <Text size="sm" fw={600}>
                {TASK_STATUS_LABELS[status]}
              </Text>
              <Badge size="sm" variant="light" color="gray">
                {group.length}
              </Badge>
            </Group>
            {group.map((task, i) => (
              <Card key={task.id} withBorder padding="xs" data-testid="task">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Group gap="sm" wrap="nowrap" style={{ minWidth: 0, flex: '1 1 220px' }}>
                    <Checkbox
                      aria-label={task.status === 'DONE' ? `Reopen ${task.title}` : `Complete ${task.title}`}
                      checked={task.status === 'DONE'}
                      disabled={!canEdit}
                      onChange={() => void toggleDone(task)}
                    />
                    <Stack gap={0} style={{ minWidth: 0 }}>
                      <Text
                        size="sm"
                        td={task.status === 'DONE' ? 'line-through' : undefined}
                        style={{ overflowWrap: 'anywhere' }}
                      >
                        {task.title}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {[
                          task.assignee?.name ?? 'Unassigned',
                          task.dueDate ? `due ${formatCalendarDate(task.dueDate, locale)}` : null,
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </Text>
                    </Stack>
                  </Group>
                  <Group gap={2} wrap="nowrap">
                    <Tooltip label={task.clientVisible ? 'Visible to the client' : 'Internal only'}>
                      <ActionIcon
                        variant="subtle"
                        color={task.clientVisible ? 'teal' : 'gray'}
                        aria-label={
                          task.clientVisible ? `Hide ${task.title} from the client` : `Show ${task.title} to the client`
                        }
                        aria-pressed={task.clientVisible}
                        disabled={!canEdit}
                        onClick={() =>
                          void updateTask({
                            variables: { id: task.id, input: { clientVisible: !task.clientVisible } },
                          }).catch(showError('Could not update the task'))
                        }
                      >
                        {task.clientVisible ? <IconEye size={16} /> : <IconEyeOff size={16} />}
                      </ActionIcon>
                    </Tooltip>
                    {canEdit && (
                      <>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move ${task.title} up`}
                          disabled={i === 0}
                          onClick={() => move(task, -1)}
                        >
                          <IconArrowUp size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Move ${task.title} down`}
                          disabled={i === group.length - 1}
                          onClick={() => move(task, 1)}
                        >
                          <IconArrowDown size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="gray"
                          aria-label={`Edit ${task.title}`}
                          onClick={() => setEditing(task)}
                        >
                          <IconPencil size={16} />
                        </ActionIcon>
                        <ActionIcon
                          variant="subtle"
                          color="red"
                          aria-label={`Delete ${task.title}`}
                          onClick={() => setDeleting(task)}
                        >
                          <IconTrash size={16} />
                        </ActionIcon>
                      </>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        );
      })}
      {canEdit && <TaskFormModal task={editing} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title="Delete task?"
        confirmLabel="Delete task"
        loading={removing}
        onCancel={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting)
            await deleteTask({ variables: { id: deleting.id } }).catch(showError('Could not delete the task'));
          setDeleting(null);
        }}
      >
        <Text size="sm">“{deleting?.title}” and its comments will be deleted.</Text>
      </ConfirmModal>
    </Stack>
  );
}
