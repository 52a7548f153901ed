import { useEffect, useEffectEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Divider, Group, Modal, Select, SimpleGrid, Stack, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import {
  ProjectMembersDocument,
  UpdateTaskDocument,
  type TaskFieldsFragment,
  type TaskStatus,
} from '@clientflow/graphql-types/admin';
import { applyServerFieldError, focusFirstError } from '../../../shared/lib/form-errors';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { TASK_STATUS_OPTIONS } from '../lib/project-labels';
import { CommentThread } from '../../comments/components/comment-thread';

interface TaskValues {
  title: string;
  description: string;
  status: TaskStatus;
  assigneeId: string | null;
  dueDate: string;
  clientVisible: boolean;
}

const valuesOf = (t: TaskFieldsFragment): TaskValues => ({
  title: t.title,
  description: t.description ?? '',
  status: t.status,
  assigneeId: t.assignee?.id ?? null,
  dueDate: t.dueDate ?? '',
  clientVisible: t.clientVisible,
});

export function TaskFormModal({ task, onClose }: { task: TaskFieldsFragment | null; onClose: () => void }) {
  const { data: members } = useQuery(ProjectMembersDocument, { skip: !task });
  const [updateTask, { loading }] = useMutation(UpdateTaskDocument, {
    refetchQueries: ['Project'],
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const form = useForm<TaskValues>({
    initialValues: { title: '', description: '', status: 'TODO', assigneeId: null, dueDate: '', clientVisible: false },
    validate: { title: (v) => (v.trim() ? null : 'Title is required') },
  });
  // Loaded when another task opens, not when a refetch brings a new copy of the same one while typing.
  const loadTask = useEffectEvent(() => {
    if (task) form.setValues(valuesOf(task));
  });
  const taskId = task?.id;
  useEffect(() => {
    loadTask();
  }, [taskId]);

  const submit = async (v: TaskValues) => {
    if (!task) return;
    try {
      await updateTask({
        variables: {
          id: task.id,
          input: {
            title: v.title.trim(),
            description: v.description.trim() || null,
            status: v.status,
            assigneeId: v.assigneeId,
            dueDate: v.dueDate || null,
            clientVisible: v.clientVisible,
          },
        },
      });
      onClose();
    } catch (error) {
      if (!applyServerFieldError(form, error)) {
        notifications.show({ color: 'red', title: 'Could not save the task', message: apiErrorInfo(error).message });
      }
    }
  };

  return (
    <Modal opened={task !== null} onClose={onClose} title="Edit task" centered size="lg">
      <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstError(form))} noValidate>
        <Stack gap="sm">
          <TextInput label="Title" required maxLength={300} {...form.getInputProps('title')} />
          <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select label="Status" data={TASK_STATUS_OPTIONS} allowDeselect={false} {...form.getInputProps('status')} />
            <Select
              label="Assignee"
              placeholder="Unassigned"
              clearable
              searchable
              data={(members?.workspaceMembers ?? []).map((m) => ({ value: m.id, label: m.name }))}
              {...form.getInputProps('assigneeId')}
            />
            <TextInput type="date" label="Due date" {...form.getInputProps('dueDate')} />
          </SimpleGrid>
          <Switch
            label="Visible to the client in the portal"
            {...form.getInputProps('clientVisible', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={loading}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Save task
            </Button>
          </Group>
        </Stack>
      </form>
      {task && (
        <>
          <Divider my="lg" label="Comments" labelPosition="left" />
          <CommentThread target="TASK" id={task.id} />
        </>
      )}
    </Modal>
  );
}
