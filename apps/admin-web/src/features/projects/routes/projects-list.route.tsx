import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Badge,
  Button,
  Card,
  Checkbox,
  CloseButton,
  EmptyState,
  Group,
  MultiSelect,
  Pagination,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure } from '@mantine/hooks';
import { IconBriefcase, IconPlus, IconSearch } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { ProjectsDocument, type ProjectDeliverableFilter, type ProjectStatus } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { NewProjectModal } from '../components/new-project-modal';
import { ProjectsTable } from '../components/projects-table';
import { PROJECT_STATUS_OPTIONS } from '../lib/project-labels';

const PAGE_SIZE = 25;

/** URL values the dashboard links to (`/projects?deliverables=…`). */
const DELIVERABLE_FILTERS: Record<string, { value: ProjectDeliverableFilter; label: string }> = {
  'due-this-week': { value: 'DUE_THIS_WEEK', label: 'With deliverables due this week' },
  'pending-approval': { value: 'PENDING_APPROVAL', label: 'With deliverables awaiting approval' },
};

export function ProjectsListRoute() {
  const [params, setParams] = useSearchParams();
  const format = useWorkspaceFormat();
  const canEdit = useCan('client.edit');
  const showValue = useCan('financials.view');
  const [creating, { open, close }] = useDisclosure(false);
  const search = params.get('q') ?? '';
  const statuses = (params.get('status')?.split(',').filter(Boolean) ?? []) as ProjectStatus[];
  const overdue = params.get('overdue') === '1';
  const deliverables = DELIVERABLE_FILTERS[params.get('deliverables') ?? ''] ?? null;
  const page = Math.max(1, Number(params.get('page')) || 1);

  const update = (patch: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next, { replace: true });
  };
  const [searchText, setSearchText] = useState(search);
  const setSearch = useDebouncedCallback((q: string) => update({ q: q.trim() || null }), 300);
  const clearFilters = () => {
    setSearchText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const { data, loading, error, refetch } = useQuery(ProjectsDocument, {
    variables: {
      filter: {
        search: search || null,
        status: statuses.length ? statuses : null,
        overdue: overdue || null,
        deliverables: deliverables?.value ?? null,
      },
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    },
  });
  const result = data?.projects;
  const filtered = Boolean(search || statuses.length || overdue || deliverables);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={1} size="h2">
          Projects
        </Title>
        {canEdit && (
          <Button leftSection={<IconPlus size={16} />} onClick={open}>
            New project
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <TextInput
          aria-label="Search projects"
          placeholder="Search project or client"
          leftSection={<IconSearch size={16} />}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.currentTarget.value);
            setSearch(e.currentTarget.value);
          }}
          style={{ flex: '1 1 220px' }}
        />
        <MultiSelect
          aria-label="Status"
          placeholder={statuses.length ? undefined : 'Any status'}
          data={PROJECT_STATUS_OPTIONS}
          value={statuses}
          onChange={(v) => update({ status: v.join(',') || null })}
          clearable
          style={{ flex: '1 1 220px' }}
        />
        <Checkbox
          label="Overdue only"
          checked={overdue}
          onChange={(e) => update({ overdue: e.currentTarget.checked ? '1' : null })}
          mb={8}
        />
      </Group>
      {deliverables && (
        <Group gap="xs">
          <Badge
            variant="light"
            size="lg"
            tt="none"
            rightSection={
              <CloseButton
                size="xs"
                aria-label="Remove the deliverables filter"
                onClick={() => update({ deliverables: null })}
              />
            }
          >
            {deliverables.label}
          </Badge>
        </Group>
      )}
      {error && !data ? (
        <ErrorState
          title="Could not load projects"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : result && result.totalCount === 0 ? (
        <EmptyState
          py="xl"
          icon={<IconBriefcase />}
          title={filtered ? 'No projects match these filters' : 'No projects yet'}
          description={
            filtered ? 'Try another search or clear the filters.' : 'Create the first project for one of your clients.'
          }
        >
          {filtered ? (
            <Button variant="default" onClick={clearFilters}>
              Clear filters
            </Button>
          ) : (
            canEdit && <Button onClick={open}>New project</Button>
          )}
        </EmptyState>
      ) : (
        <Card withBorder padding={0}>
          <ProjectsTable projects={result?.nodes ?? []} loading={loading} showValue={showValue} format={format} />
        </Card>
      )}
      {result && result.totalCount > PAGE_SIZE && (
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed">
            {result.totalCount} projects
          </Text>
          <Pagination
            total={Math.ceil(result.totalCount / PAGE_SIZE)}
            value={page}
            onChange={(p) => update({ page: String(p) })}
          />
        </Group>
      )}
      {canEdit && <NewProjectModal opened={creating} onClose={close} />}
    </Stack>
  );
}
