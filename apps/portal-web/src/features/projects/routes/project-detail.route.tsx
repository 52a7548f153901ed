import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Grid, Group, List, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconCircleCheck, IconCircleDashed, IconMessageCircle } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { PortalProjectDocument } from '@clientflow/graphql-types/portal';
import { ErrorState, LoadingState } from '../../../shared/components/content-states';
import { hasErrorCode } from '../../../shared/errors/api-error';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useProjectsT } from '../i18n/projects-i18n';
import { DeliverableCard } from '../../approvals/components/deliverable-card';
import { CommentThread } from '../components/comment-thread';
import { PROJECT_COLORS, ProjectDates } from '../components/project-dates';

const TASK_COLORS = { TODO: 'gray', IN_PROGRESS: 'blue', DONE: 'teal' } as const;

export function ProjectDetailRoute() {
  const { id = '' } = useParams();
  const t = useProjectsT();
  const fmt = useFormatters();
  const [openTask, setOpenTask] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(PortalProjectDocument, {
    variables: { id },
    context: { quietErrors: true },
  });
  useDocumentTitle(data?.portalProject.name ?? t('projects.title'));

  const back = (
    <Anchor component={Link} to="/projects" size="sm">
      <Group gap={4}>
        <IconArrowLeft size={14} aria-hidden />
        {t('projects.back')}
      </Group>
    </Anchor>
  );
  if (loading && !data) return <LoadingState />;
  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <Stack>
        {back}
        <Card role="alert">
          <Text>{t('projects.notFound')}</Text>
        </Card>
      </Stack>
    );
  }
  if (!data) return <ErrorState title={t('projects.loadError')} error={error} onRetry={() => void refetch()} />;
  const p = data.portalProject;

  return (
    <Stack gap="md">
      {back}
      <Stack gap={4}>
        <Group gap="sm" wrap="wrap">
          <Title order={1} size="h2">
            {p.name}
          </Title>
          <Badge variant="light" color={PROJECT_COLORS[p.status]}>
            {t(`projects.status.${p.status}`)}
          </Badge>
        </Group>
        <ProjectDates start={p.startDate} end={p.estimatedEndDate} />
        {p.description && <Text>{p.description}</Text>}
      </Stack>
      <Card>
        <Text fw={600} mb={4}>
          {t('projects.progress')}
        </Text>
        <Progress value={p.progress} size="lg" aria-label={t('projects.progress')} />
        <Text size="sm" mt={4}>
          {t('projects.progressValue', { value: p.progress })}
        </Text>
        {p.budget && (
          <Text size="sm" mt="xs" data-testid="budget">
            {t('projects.budget')}: {fmt.money(p.budget.value, p.budget.currency)}
            {p.budget.budgetHours != null ? ` · ${t('projects.budgetHours', { hours: p.budget.budgetHours })}` : ''}
          </Text>
        )}
      </Card>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Card h="100%">
            <Title order={2} size="h4" mb="xs">
              {t('projects.milestones')}
            </Title>
            {p.milestones.length ? (
              <List spacing="xs" listStyleType="none" ml={0} pl={0}>
                {p.milestones.map((m) => (
                  <List.Item
                    key={m.id}
                    icon={
                      m.done ? (
                        <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" />
                      ) : (
                        <IconCircleDashed size={18} />
                      )
                    }
                  >
                    <Text size="sm">{m.name}</Text>
                    <Text size="xs" c="dimmed">
                      {m.done
                        ? t('projects.milestoneDone')
                        : m.dueDate
                          ? t('projects.milestoneDue', { date: fmt.calendarDate(m.dueDate) })
                          : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text size="sm" c="dimmed">
                {t('projects.noMilestones')}
              </Text>
            )}
          </Card>
        </Grid.Col>
        {p.tasks && (
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Card h="100%">
              <Title order={2} size="h4" mb="xs">
                {t('projects.tasks')}
              </Title>
              {p.tasks.length ? (
                <Stack gap="xs">
                  {p.tasks.map((task) => (
                    <Stack key={task.id} gap={4} data-testid="task">
                      <Group justify="space-between" wrap="nowrap" gap="xs">
                        <Text size="sm" style={{ minWidth: 0 }}>
                          {task.title}
                        </Text>
                        <Group gap={4} wrap="nowrap">
                          <Badge size="sm" variant="light" color={TASK_COLORS[task.status]}>
                            {t(`tasks.status.${task.status}`)}
                          </Badge>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            aria-label={`${t('comments.show')}: ${task.title}`}
                            aria-expanded={openTask === task.id}
                            onClick={() => setOpenTask(openTask === task.id ? null : task.id)}
                          >
                            <IconMessageCircle size={14} />
                          </Button>
                        </Group>
                      </Group>
                      {task.dueDate && (
                        <Text size="xs" c="dimmed">
                          {t('projects.taskDue', { date: fmt.calendarDate(task.dueDate) })}
                        </Text>
                      )}
                      {openTask === task.id && <CommentThread target="TASK" id={task.id} />}
                    </Stack>
                  ))}
                </Stack>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('projects.noTasks')}
                </Text>
              )}
            </Card>
          </Grid.Col>
        )}
      </Grid>
      <Title order={2} size="h4">
        {t('projects.deliverables')}
      </Title>
      {p.deliverables.length ? (
        p.deliverables.map((d) => <DeliverableCard key={d.id} deliverable={d} showProject={false} />)
      ) : (
        <Text size="sm" c="dimmed">
          {t('projects.noDeliverables')}
        </Text>
      )}
    </Stack>
  );
}
