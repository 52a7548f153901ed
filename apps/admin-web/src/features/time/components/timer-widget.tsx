import { useEffect, useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Group, Paper, Skeleton, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlayFilled, IconPlayerStopFilled, IconTrash } from '@tabler/icons-react';
import {
  DiscardTimerDocument,
  MyRunningTimerDocument,
  MyTimesheetDocument,
  StartTimerDocument,
  StopTimerDocument,
} from '@clientflow/graphql-types/admin';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { formatElapsed, formatMinutes } from '../lib/time-format';
import { ProjectPicker } from './project-picker';

const refetchQueries = [MyRunningTimerDocument, MyTimesheetDocument];

function Elapsed({ startedAt }: { startedAt: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(id);
  }, []);
  return (
    <Text ff="monospace" fz={26} fw={700} aria-label="Elapsed time" role="timer">
      {formatElapsed(startedAt, now)}
    </Text>
  );
}

export function TimerWidget() {
  const { data, loading } = useQuery(MyRunningTimerDocument);
  const [projectId, setProjectId] = useState<string | null>(null);
  const [projectError, setProjectError] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [start, starting] = useMutation(StartTimerDocument, {
    refetchQueries,
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
  });
  const [stop, stopping] = useMutation(StopTimerDocument, { refetchQueries });
  const [discard, discarding] = useMutation(DiscardTimerDocument, { refetchQueries });
  const timer = data?.myRunningTimer;

  const onStart = async () => {
    if (!projectId) return setProjectError('Choose a project');
    try {
      await start({ variables: { input: { projectId, description: description.trim() || null } } });
      setDescription('');
    } catch (e) {
      const info = apiErrorInfo(e);
      if (info.field === 'projectId') setProjectError(info.message);
    }
  };
  const onStop = async () => {
    const res = await stop().catch(() => null);
    const minutes = res?.data?.stopTimer.minutes;
    if (minutes) notifications.show({ color: 'green', message: `Logged ${formatMinutes(minutes)}` });
  };

  if (loading && !data) return <Skeleton height={88} radius="md" />;
  return (
    <Paper withBorder p="md" radius="md">
      {timer ? (
        <Group justify="space-between" wrap="wrap" gap="md">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
              Timer running
            </Text>
            <Text fw={600} truncate>
              {timer.project?.name ?? 'Project'}
              {timer.project?.clientName ? ` · ${timer.project.clientName}` : ''}
            </Text>
            {timer.description && (
              <Text size="sm" c="dimmed" truncate>
                {timer.description}
              </Text>
            )}
          </Stack>
          <Group gap="sm" wrap="nowrap">
            <Elapsed startedAt={timer.startedAt} />
            <Button
              color="red"
              leftSection={<IconPlayerStopFilled size={16} />}
              onClick={() => void onStop()}
              loading={stopping.loading}
            >
              Stop
            </Button>
            <Tooltip label="Discard without logging">
              <ActionIcon
                variant="default"
                size="lg"
                aria-label="Discard timer"
                onClick={() => void discard()}
                loading={discarding.loading}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void onStart();
          }}
        >
          <Group align="flex-end" wrap="wrap" gap="sm">
            <ProjectPicker
              value={projectId}
              onChange={(v) => {
                setProjectId(v);
                setProjectError(null);
              }}
              error={projectError}
              style={{ flex: '1 1 220px' }}
            />
            <TextInput
              label="What are you working on?"
              placeholder="Optional"
              value={description}
              onChange={(e) => setDescription(e.currentTarget.value)}
              style={{ flex: '2 1 220px' }}
            />
            <Button type="submit" leftSection={<IconPlayerPlayFilled size={16} />} loading={starting.loading}>
              Start timer
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
