import '@mantine/charts/styles.css';
import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SegmentedControl, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ClientSegmentsDocument, type ClientSegmentDimension } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { segmentLabel, segmentListHref } from '../lib/segment-links';

const DIMENSIONS: { value: ClientSegmentDimension; label: string; financial?: boolean }[] = [
  { value: 'STATUS', label: 'Status' },
  { value: 'VALUE_TIER', label: 'Value tier', financial: true },
  { value: 'INDUSTRY', label: 'Industry' },
  { value: 'SIZE', label: 'Size' },
  { value: 'TENURE', label: 'Tenure' },
];

const EXPLAIN: Record<ClientSegmentDimension, string> = {
  STATUS: 'Clients by pipeline status (archived clients are left out).',
  VALUE_TIER:
    'Tertiles of client value: the top third of clients with any value is High, the middle third Medium, the rest (and clients worth nothing yet) Low.',
  INDUSTRY: 'Clients by industry.',
  SIZE: 'Clients by company size.',
  TENURE: 'New: first contact (or, without one, creation) within the last 365 days. Recurring: before that.',
};

export function SegmentsRoute() {
  const navigate = useNavigate();
  const format = useWorkspaceFormat();
  const withValue = useCan('financials.view');
  const [search, setSearch] = useSearchParams();
  const options = DIMENSIONS.filter((d) => withValue || !d.financial);
  const requested = search.get('by')?.toUpperCase();
  const dimension = options.find((d) => d.value === requested)?.value ?? 'STATUS';
  const { data, loading, error, refetch } = useQuery(ClientSegmentsDocument, {
    variables: { dimension },
    context: { handledErrorCodes: ['*'] },
  });
  const report = data?.clientSegments.dimension === dimension ? data.clientSegments : undefined;
  const rows = (report?.segments ?? []).map((s) => ({
    ...s,
    label: segmentLabel(dimension, s.key),
    href: segmentListHref(dimension, s),
  }));

  return (
    <Stack gap="lg">
      <div>
        <Title order={2}>Segments</Title>
        <Text c="dimmed" size="sm">
          {EXPLAIN[dimension]}
        </Text>
      </div>
      <SegmentedControl
        aria-label="Segment by"
        data={options.map(({ value, label }) => ({ value, label }))}
        value={dimension}
        onChange={(value) => setSearch({ by: value.toLowerCase() }, { replace: true })}
        style={{ alignSelf: 'flex-start', maxWidth: '100%' }}
      />
      {error ? (
        <ErrorState
          title="Could not load segments"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : (
        <Paper withBorder p="md">
          {loading && !report ? (
            <Skeleton height={260} />
          ) : report && report.totalCount === 0 ? (
            <Text c="dimmed" ta="center" py="xl">
              No clients to segment yet.
            </Text>
          ) : (
            <Stack>
              <BarChart
                h={260}
                data={rows}
                dataKey="label"
                series={[{ name: 'count', label: 'Clients', color: 'blue.6' }]}
                barProps={{
                  cursor: 'pointer',
                  onClick: (entry: { payload?: { href?: string | null } }) =>
                    entry.payload?.href && navigate(entry.payload.href),
                }}
                aria-label="Clients per segment"
              />
              <Table.ScrollContainer minWidth={420}>
                <Table aria-label="Segments" striped>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>Segment</Table.Th>
                      <Table.Th ta="right">Clients</Table.Th>
                      <Table.Th ta="right">Share</Table.Th>
                      {withValue && <Table.Th ta="right">Total value</Table.Th>}
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {rows.map((row) => (
                      <Table.Tr key={row.key ?? 'none'}>
                        <Table.Td>
                          {row.href ? (
                            <Anchor component={Link} to={row.href}>
                              {row.label}
                            </Anchor>
                          ) : (
                            <Text size="sm" c="dimmed">
                              {row.label}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {row.count}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {report ? `${Math.round((row.count / Math.max(1, report.totalCount)) * 100)}%` : ''}
                        </Table.Td>
                        {withValue && (
                          <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                            {formatMoney(row.totalValue ?? 0, format)}
                          </Table.Td>
                        )}
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Group justify="flex-end">
                <Text size="xs" c="dimmed">
                  {report?.totalCount} clients in total. Click a segment to open the list filtered to it.
                </Text>
              </Group>
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
