import { useQuery } from '@apollo/client/react';
import { Button, Card, Center, EmptyState, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBriefcase, IconPlus } from '@tabler/icons-react';
import { ProjectClientNameDocument, ProjectsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { NewProjectModal } from './new-project-modal';
import { ProjectsTable } from './projects-table';

/** The client page's "Projects" tab: this client's projects, and "New project" with the client chosen. */
export function ClientProjectsPanel({ clientId }: { clientId: string }) {
  const format = useWorkspaceFormat();
  const canEdit = useCan('client.edit');
  const showValue = useCan('financials.view');
  const [creating, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useQuery(ProjectsDocument, {
    variables: { filter: { clientId }, page: { offset: 0, limit: 100 } },
  });
  const projects = data?.projects.nodes ?? [];
  const { data: clientData } = useQuery(ProjectClientNameDocument, { variables: { id: clientId } });
  const name = clientData?.client.name ?? projects.find((p) => p.client)?.client?.name ?? '';

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={3} size="h4">
          Projects
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            New project
          </Button>
        )}
      </Group>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading projects">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState
          title="Could not load projects"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : projects.length ? (
        <Card withBorder padding={0}>
          <ProjectsTable
            projects={projects}
            loading={loading}
            showValue={showValue}
            showClient={false}
            format={format}
          />
        </Card>
      ) : (
        <EmptyState
          py="xl"
          icon={<IconBriefcase />}
          title="No projects yet"
          description={<Text size="sm">Work for this client shows up here.</Text>}
        />
      )}
      {canEdit && <NewProjectModal opened={creating} onClose={close} client={{ id: clientId, name }} />}
    </Stack>
  );
}
