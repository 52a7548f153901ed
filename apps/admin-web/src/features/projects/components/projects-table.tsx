import { Anchor, Group, Progress, Table, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { ProjectRowFragment } from '@clientflow/graphql-types/admin';
import { formatCalendarDate, formatMoney } from '@clientflow/domain';
import { humanizeEnum, type WorkspaceFormat } from '../../../shared/lib/format';
import { ProjectStatusBadge } from './project-status-badge';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';

interface ProjectsTableProps {
  projects: readonly ProjectRowFragment[];
  loading: boolean;
  showValue: boolean;
  /** Hidden on a client's own page, where every row has the same client. */
  showClient?: boolean;
  format: WorkspaceFormat;
}

export function ProjectsTable({ projects, loading, showValue, showClient = true, format }: ProjectsTableProps) {
  const columns = 6 + (showValue ? 1 : 0) + (showClient ? 1 : 0);
  return (
    <Table.ScrollContainer minWidth={showClient ? 900 : 760}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={loading} aria-label="Projects">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Project</Table.Th>
            {showClient && <Table.Th>Client</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Type</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Start – end</Table.Th>
            {showValue && <Table.Th style={{ textAlign: 'right' }}>Value</Table.Th>}
            <Table.Th style={{ minWidth: 120 }}>Progress</Table.Th>
            <Table.Th style={{ textAlign: 'right' }}>Hours</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ opacity: loading && projects.length ? 0.6 : 1 }}>
          {loading && projects.length === 0 ? (
            <TableSkeletonRows columns={columns} />
          ) : (
            projects.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td style={{ minWidth: 160 }}>
                  <Anchor component={Link} to={`/projects/${p.id}`} fw={500}>
                    {p.name}
                  </Anchor>
                </Table.Td>
                {showClient && (
                  <Table.Td>
                    {p.client ? (
                      <Anchor component={Link} to={`/clients/${p.client.id}`} c="dimmed" size="sm">
                        {p.client.name}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed" fs="italic">
                        No client
                      </Text>
                    )}
                  </Table.Td>
                )}
                <Table.Td style={{ minWidth: 116 }}>
                  <ProjectStatusBadge status={p.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{humanizeEnum(p.type)}</Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Group gap={4} wrap="nowrap">
                    <Text size="sm">
                      {formatCalendarDate(p.startDate, format.locale) || '—'} –{' '}
                      {formatCalendarDate(p.estimatedEndDate, format.locale) || '—'}
                    </Text>
                    {p.overdue && (
                      <Tooltip label="Past its estimated end date">
                        <Text
                          span
                          c="red"
                          size="sm"
                          fw={600}
                          style={{ display: 'inline-flex', alignItems: 'center', gap: 2 }}
                        >
                          <IconAlertTriangle size={14} aria-hidden />
                          Overdue
                        </Text>
                      </Tooltip>
                    )}
                  </Group>
                </Table.Td>
                {showValue && (
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>
                    {p.value === null ? '—' : formatMoney(p.value, format)}
                  </Table.Td>
                )}
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Progress value={p.progress} size="sm" style={{ flex: 1 }} aria-label={`Progress ${p.progress}%`} />
                    <Text size="xs" c="dimmed" w={34} ta="right">
                      {p.progress}%
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td style={{ textAlign: 'right' }}>{p.hoursSpent.toLocaleString(format.locale)}</Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
