import { useQuery } from '@apollo/client/react';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBriefcase } from '@tabler/icons-react';
import { Link } from 'react-router';
import { PortalProjectsDocument } from '@clientflow/graphql-types/portal';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useProjectsT } from '../i18n/projects-i18n';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { PROJECT_COLORS, ProjectDates } from '../components/project-dates';

export function ProjectsRoute() {
  const t = useProjectsT();
  const { branding } = usePortalViewer();
  useDocumentTitle(t('projects.title'));
  const { data, loading, error, refetch } = useQuery(PortalProjectsDocument, { context: { quietErrors: true } });

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (!data) body = <ErrorState title={t('projects.loadError')} error={error} onRetry={() => void refetch()} />;
  else if (!data.portalProjects.length)
    body = <EmptyState icon={<IconBriefcase size={28} />} title={t('projects.empty')} hint={t('projects.emptyHint')} />;
  else {
    body = (
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {data.portalProjects.map((p) => {
          const awaiting = p.deliverables.filter((d) => d.status === 'PENDING_APPROVAL').length;
          return (
            <UnstyledButton
              key={p.id}
              component={Link}
              to={`/projects/${p.id}`}
              aria-label={`${t('projects.open')}: ${p.name}`}
            >
              <Card h="100%" data-testid="project-card">
                <Stack gap="xs">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Text fw={600}>{p.name}</Text>
                    <Badge variant="light" color={PROJECT_COLORS[p.status]}>
                      {t(`projects.status.${p.status}`)}
                    </Badge>
                  </Group>
                  <ProjectDates start={p.startDate} end={p.estimatedEndDate} />
                  <Progress value={p.progress} aria-label={t('projects.progress')} />
                  <Text size="sm">{t('projects.progressValue', { value: p.progress })}</Text>
                  {awaiting > 0 && (
                    <Badge color="yellow" variant="dot">
                      {t('projects.awaiting', { count: awaiting })}
                    </Badge>
                  )}
                </Stack>
              </Card>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
    );
  }
  return (
    <Stack gap={0}>
      <PageHeader title={t('projects.title')} intro={t('projects.intro', { agency: branding.agencyName })} />
      {body}
    </Stack>
  );
}
