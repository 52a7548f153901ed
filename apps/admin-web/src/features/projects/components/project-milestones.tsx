import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Checkbox, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import {
  CreateMilestoneDocument,
  DeleteMilestoneDocument,
  UpdateMilestoneDocument,
  type MilestoneFieldsFragment,
} from '@clientflow/graphql-types/admin';
import { formatCalendarDate } from '@clientflow/domain';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';

const showError = (title: string) => (error: unknown) =>
  notifications.show({ color: 'red', title, message: apiErrorInfo(error).message });

interface ProjectMilestonesProps {
  projectId: string;
  milestones: readonly MilestoneFieldsFragment[];
  canEdit: boolean;
  locale: string;
  today: string;
}

export function ProjectMilestones({ projectId, milestones, canEdit, locale, today }: ProjectMilestonesProps) {
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ctx = { refetchQueries: ['Project'], context: { handledErrorCodes: ['*'] } };
  const [create, { loading }] = useMutation(CreateMilestoneDocument, ctx);
  const [update] = useMutation(UpdateMilestoneDocument, { context: { handledErrorCodes: ['*'] } });
  const [remove] = useMutation(DeleteMilestoneDocument, ctx);

  const add = async () => {
    if (!name.trim()) {
      setError('Enter a milestone name');
      return;
    }
    try {
      await create({ variables: { input: { projectId, name: name.trim(), dueDate: dueDate || null } } });
      setName('');
      setDueDate('');
    } catch (e) {
      setError(apiErrorInfo(e).message);
    }
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Milestones
      </Title>
      {milestones.length === 0 && (
        <Text size="sm" c="dimmed">
          No milestones yet.
        </Text>
      )}
      {milestones.map((m) => {
        const late = !m.done && !!m.dueDate && m.dueDate < today;
        return (
          <Group key={m.id} justify="space-between" wrap="nowrap" data-testid="milestone">
            <Checkbox
              label={m.name}
              description={
                m.dueDate ? `${late ? 'Was due' : 'Due'} ${formatCalendarDate(m.dueDate, locale)}` : undefined
              }
              checked={m.done}
              disabled={!canEdit}
              styles={late ? { description: { color: 'var(--mantine-color-red-7)' } } : undefined}
              onChange={() =>
                void update({ variables: { id: m.id, input: { done: !m.done } } }).catch(
                  showError('Could not update the milestone'),
                )
              }
            />
            {canEdit && (
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={`Delete ${m.name}`}
                onClick={() =>
                  void remove({ variables: { id: m.id } }).catch(showError('Could not delete the milestone'))
                }
              >
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        );
      })}
      {canEdit && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <Group gap="xs" align="flex-start" wrap="wrap">
            <TextInput
              aria-label="New milestone"
              placeholder="Add a milestone"
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                setError(null);
              }}
              error={error}
              maxLength={200}
              style={{ flex: '1 1 160px' }}
            />
            <TextInput
              type="date"
              aria-label="Milestone due date"
              value={dueDate}
              onChange={(e) => setDueDate(e.currentTarget.value)}
            />
            <Button type="submit" variant="light" leftSection={<IconPlus size={16} />} loading={loading}>
              Add
            </Button>
          </Group>
        </form>
      )}
    </Stack>
  );
}
