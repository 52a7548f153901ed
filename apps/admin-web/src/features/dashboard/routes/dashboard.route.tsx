import { useQuery } from '@apollo/client/react';
import { Anchor, Grid, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  IconAlertTriangle,
  IconBriefcase,
  IconCalendarDue,
  IconCash,
  IconHourglass,
  IconUserCheck,
  IconUserSearch,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { DashboardDocument } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useViewer, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { OpenTicketsStatCard } from '../../tickets/components/open-tickets-stat-card';
import { ActivityFeed } from '../components/activity-feed';
import { StatCard } from '../components/stat-card';
import { useLiveActivity } from '../hooks/use-live-activity';
import { clientHref, DASHBOARD_LINKS } from '../lib/dashboard-links';

export function DashboardRoute() {
  const viewer = useViewer();
  const format = useWorkspaceFormat();
  const financial = useCan('financials.view');
  const { data, loading, error, refetch } = useQuery(DashboardDocument, {
    context: { handledErrorCodes: ['*'] },
    fetchPolicy: 'cache-and-network',
  });
  useLiveActivity();
  const d = data?.dashboard;
  const busy = loading && !d;
  const n = (v: number | undefined) => (v ?? 0).toLocaleString(format.locale);

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Dashboard</Title>
        <Text c="dimmed" size="sm">
          {viewer.permissions.includes('client.viewAll')
            ? 'Your agency at a glance.'
            : 'The clients you manage, at a glance.'}
        </Text>
      </div>
      {error && !d ? (
        <ErrorState
          title="Could not load the dashboard"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
            <StatCard
              label="Active clients"
              value={n(d?.activeClients)}
              to={DASHBOARD_LINKS.activeClients}
              icon={<IconUserCheck size={20} />}
              loading={busy}
            />
            <StatCard
              label="Projects in progress"
              value={n(d?.projectsInProgress)}
              to={DASHBOARD_LINKS.projectsInProgress}
              icon={<IconBriefcase size={20} />}
              color="indigo"
              loading={busy}
            />
            {financial && (
              <StatCard
                label="Contract value"
                value={formatMoney(d?.totalContractValue ?? 0, format)}
                hint="Active projects"
                to={DASHBOARD_LINKS.totalContractValue}
                icon={<IconCash size={20} />}
                color="teal"
                loading={busy}
              />
            )}
            <StatCard
              label="Overdue projects"
              value={n(d?.overdueProjects)}
              hint="Past their estimated end"
              to={DASHBOARD_LINKS.overdueProjects}
              icon={<IconAlertTriangle size={20} />}
              color={d?.overdueProjects ? 'red' : 'gray'}
              loading={busy}
            />
            <StatCard
              label="Deliverables due"
              value={n(d?.deliverablesDueThisWeek)}
              hint="This week, not yet approved"
              to={DASHBOARD_LINKS.deliverablesDueThisWeek}
              icon={<IconCalendarDue size={20} />}
              color="orange"
              loading={busy}
            />
            <StatCard
              label="Awaiting client"
              value={n(d?.pendingClientRequests)}
              hint="Approvals pending and open tickets"
              to={DASHBOARD_LINKS.pendingClientRequests}
              icon={<IconHourglass size={20} />}
              color="yellow"
              loading={busy}
            />
            <OpenTicketsStatCard locale={format.locale} />
            <StatCard
              label="Prospects"
              value={n(d?.prospects)}
              hint="In the pipeline"
              to={DASHBOARD_LINKS.prospects}
              icon={<IconUserSearch size={20} />}
              color="grape"
              loading={busy}
            />
          </SimpleGrid>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <ActivityFeed items={d?.recentActivity} loading={busy} locale={format.locale} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper withBorder p="md" radius="md">
                <Group justify="space-between" mb="sm">
                  <Title order={3} size="h4">
                    Pipeline
                  </Title>
                  <Anchor component={Link} to={DASHBOARD_LINKS.prospects} size="sm">
                    All prospects
                  </Anchor>
                </Group>
                {busy ? null : d?.recentProspects.length ? (
                  <Stack gap={6}>
                    {d.recentProspects.map((p) => (
                      <Anchor key={p.id} component={Link} to={clientHref(p.id)} size="sm" truncate>
                        {p.name}
                      </Anchor>
                    ))}
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    No prospects in the pipeline.
                  </Text>
                )}
              </Paper>
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
