import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Center,
  EmptyState,
  Grid,
  Group,
  Loader,
  Menu,
  Progress,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconDots, IconLink, IconLinkOff, IconPencil, IconTrash } from '@tabler/icons-react';
import { Link, useNavigate, useParams } from 'react-router';
import { DeleteProjectDocument, ProjectDocument, UnlinkProjectDocument } from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { ConfirmModal } from '../../../shared/components/confirm-modal';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo, hasErrorCode } from '../../../shared/lib/graphql-errors';
import { humanizeEnum } from '../../../shared/lib/format';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { LinkClientModal } from '../components/link-client-modal';
import { ProjectEditDrawer } from '../components/project-edit-drawer';
import { ProjectMilestones } from '../components/project-milestones';
import { ProjectStatusMenu } from '../components/project-status-menu';
import { ProjectTasks } from '../components/project-tasks';
import { ProjectDeliverablesPanel } from '../../deliverables/components/project-deliverables-panel';

function Stat({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Stack>
  );
}

export function ProjectDetailRoute() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const format = useWorkspaceFormat();
  const canEdit = useCan('client.edit');
  const canDelete = useCan('client.delete');
  const canUnlink = useCan('client.viewAll');
  const showMoney = useCan('financials.view');
  const [editing, edit] = useDisclosure(false);
  const [linking, link] = useDisclosure(false);
  const [confirm, setConfirm] = useState<'unlink' | 'delete' | null>(null);
  const { data, loading, error, refetch } = useQuery(ProjectDocument, {
    variables: { id },
    context: { handledErrorCodes: ['NOT_FOUND'] },
  });
  const [unlink, { loading: unlinking }] = useMutation(UnlinkProjectDocument, {
    refetchQueries: ['Projects', 'ClientTimeline'],
    context: { handledErrorCodes: ['*'] },
  });
  const [remove, { loading: removing }] = useMutation(DeleteProjectDocument, {
    refetchQueries: ['Projects'],
    context: { handledErrorCodes: ['*'] },
  });

  if (hasErrorCode(error, 'NOT_FOUND')) {
    return (
      <EmptyState
        py="xl"
        title="Project not found"
        description="It was deleted, or it belongs to a client you cannot see."
      >
        <Button component={Link} to="/projects" variant="default">
          Back to projects
        </Button>
      </EmptyState>
    );
  }
  if (loading && !data) {
    return (
      <Center py={80} role="status" aria-label="Loading project">
        <Loader />
      </Center>
    );
  }
  if (!data)
    return (
      <ErrorState
        title="Could not load this project"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );

  const { project } = data;
  const today = new Date().toISOString().slice(0, 10);
  const budgetHours = project.budgetMinutes === null ? null : project.budgetMinutes / 60;
  const fail = (title: string) => (e: unknown) =>
    notifications.show({ color: 'red', title, message: apiErrorInfo(e).message });

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Anchor component={Link} to="/projects" size="sm">
          ← Projects
        </Anchor>
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={6} style={{ minWidth: 0 }}>
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {project.name}
            </Title>
            <Group gap="xs" wrap="wrap">
              <ProjectStatusMenu
                projectId={project.id}
                status={project.status}
                allowed={project.allowedTransitions}
                canEdit={canEdit}
              />
              <Badge variant="outline" color="gray">
                {humanizeEnum(project.type)}
              </Badge>
              {project.overdue && (
                <Badge color="red" leftSection={<IconAlertTriangle size={12} />}>
                  Overdue
                </Badge>
              )}
              {project.client ? (
                <Anchor component={Link} to={`/clients/${project.client.id}`} size="sm">
                  {project.client.name}
                </Anchor>
              ) : (
                <Text size="sm" c="dimmed" fs="italic">
                  Not linked to a client
                </Text>
              )}
            </Group>
          </Stack>
          {canEdit && (
            <Group gap="xs">
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={edit.open}>
                Edit
              </Button>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default" px="xs" aria-label="More actions">
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconLink size={16} />} onClick={link.open}>
                    {project.client ? 'Move to another client' : 'Link to a client'}
                  </Menu.Item>
                  {project.client && canUnlink && (
                    <Menu.Item leftSection={<IconLinkOff size={16} />} onClick={() => setConfirm('unlink')}>
                      Unlink from client
                    </Menu.Item>
                  )}
                  {canDelete && (
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setConfirm('delete')}>
                      Delete project
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            </Group>
          )}
        </Group>
      </Stack>

      <Card withBorder>
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <Progress
              value={project.progress}
              size="lg"
              style={{ flex: 1 }}
              aria-label={`Progress ${project.progress}%`}
            />
            <Text fw={600} w={48} ta="right">
              {project.progress}%
            </Text>
          </Group>
          {project.progressOverride !== null && (
            <Text size="xs" c="dimmed">
              Progress set by hand; clear the override in Edit to follow completed tasks.
            </Text>
          )}
          <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md">
            {showMoney && (
              <Stat label="Value">{project.value === null ? '—' : formatMoney(project.value, format)}</Stat>
            )}
            {showMoney && project.billingMode === 'HOURLY' && (
              <Stat label="Hourly rate">
                {project.hourlyRate === null ? '—' : formatMoney(project.hourlyRate, format)}
              </Stat>
            )}
            <Stat label="Hours spent">
              {project.hoursSpent.toLocaleString(format.locale)}
              {budgetHours !== null ? ` / ${budgetHours.toLocaleString(format.locale)} h budget` : ' h'}
            </Stat>
            <Stat label="Dates">
              {formatCalendarDate(project.startDate, format.locale) || '—'} –{' '}
              {formatCalendarDate(project.estimatedEndDate, format.locale) || '—'}
            </Stat>
            <Stat label="Billing">{project.billingMode === 'HOURLY' ? 'Hourly' : 'Fixed price'}</Stat>
          </SimpleGrid>
          {budgetHours !== null && budgetHours > 0 && (
            <Progress
              value={Math.min(100, (project.minutesSpent / project.budgetMinutes!) * 100)}
              color={project.minutesSpent > project.budgetMinutes! ? 'red' : 'blue'}
              size="sm"
              aria-label="Budget used"
            />
          )}
          {project.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {project.description}
            </Text>
          )}
        </Stack>
      </Card>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <ProjectTasks projectId={project.id} tasks={project.tasks} canEdit={canEdit} locale={format.locale} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ProjectMilestones
            projectId={project.id}
            milestones={project.milestones}
            canEdit={canEdit}
            locale={format.locale}
            today={today}
          />
        </Grid.Col>
      </Grid>

      <ProjectDeliverablesPanel projectId={project.id} />

      {canEdit && (
        <>
          <ProjectEditDrawer project={project} opened={editing} onClose={edit.close} />
          <LinkClientModal opened={linking} onClose={link.close} project={project} />
        </>
      )}
      <ConfirmModal
        opened={confirm === 'unlink'}
        title="Unlink this project?"
        confirmLabel="Unlink"
        loading={unlinking}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          await unlink({ variables: { projectId: project.id } }).catch(fail('Could not unlink the project'));
          setConfirm(null);
        }}
      >
        <Text size="sm">
          “{project.name}” leaves {project.client?.name}. Its value no longer counts for the client, and only managers
          and admins will see it until it is linked again.
        </Text>
      </ConfirmModal>
      <ConfirmModal
        opened={confirm === 'delete'}
        title="Delete this project?"
        confirmLabel="Delete project"
        loading={removing}
        onCancel={() => setConfirm(null)}
        onConfirm={async () => {
          try {
            await remove({ variables: { id: project.id } });
            setConfirm(null);
            notifications.show({ color: 'teal', message: `Project “${project.name}” deleted` });
            void navigate('/projects');
          } catch (e) {
            fail('Could not delete the project')(e);
          }
        }}
      >
        <Text size="sm">
          Its tasks, milestones, deliverables and time entries are deleted too. This cannot be undone.
        </Text>
      </ConfirmModal>
    </Stack>
  );
}
