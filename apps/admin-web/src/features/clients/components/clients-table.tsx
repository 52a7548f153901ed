import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ClientRowFragment, ClientSortField, SortDirection } from '@clientflow/graphql-types/admin';
import { formatMoney } from '@clientflow/domain';
import { formatDate, formatRelative, telHref, type WorkspaceFormat } from '../../../shared/lib/format';
import { ClientAvatar } from '../../client-views/components/client-avatar';
import { ClientQuickActions } from '../../client-views/components/client-quick-actions';
import { ClientStatusBadge } from './client-status-badge';
import { SortableTh } from './sortable-th';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';

interface ClientsTableProps {
  clients: readonly ClientRowFragment[];
  loading: boolean;
  showValue: boolean;
  sortField: ClientSortField;
  sortDirection: SortDirection;
  onSort: (field: ClientSortField) => void;
  onOpen: (id: string) => void;
  format: WorkspaceFormat;
  skeletonRows?: number;
}

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

export function ClientsTable(props: ClientsTableProps) {
  const { clients, loading, showValue, sortField, sortDirection, onSort, onOpen, format, skeletonRows = 8 } = props;
  const sortProps = { sortField, sortDirection, onSort };
  const columnCount = showValue ? 10 : 9;
  const now = new Date();

  return (
    <Table.ScrollContainer minWidth={showValue ? 1280 : 1160}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={loading} aria-label="Clients">
        <Table.Thead>
          <Table.Tr>
            <SortableTh sorts={[{ field: 'NAME', label: 'Name' }]} {...sortProps} />
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Legal name</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Primary contact</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Phone</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Active projects</Table.Th>
            <Table.Th>Status</Table.Th>
            {showValue && (
              <SortableTh sorts={[{ field: 'TOTAL_VALUE', label: 'Total value' }]} align="right" {...sortProps} />
            )}
            <SortableTh
              sorts={[
                { field: 'LAST_ACTIVITY', label: 'Last activity' },
                { field: 'CREATED_AT', label: 'Created' },
              ]}
              {...sortProps}
            />
            <Table.Th>
              <VisuallyHidden>Actions</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ opacity: loading && clients.length ? 0.6 : 1, transition: 'opacity 150ms' }}>
          {loading && clients.length === 0 ? (
            <TableSkeletonRows
              columns={columnCount}
              rows={skeletonRows}
              cellWidth={(col) => (col === 0 ? '80%' : '60%')}
            />
          ) : (
            clients.map((client) => (
              <Table.Tr
                key={client.id}
                tabIndex={0}
                style={{ cursor: 'pointer' }}
                aria-label={`Open ${client.name}`}
                onClick={() => onOpen(client.id)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' && event.target === event.currentTarget) onOpen(client.id);
                }}
              >
                <Table.Td>
                  <Group gap="sm" wrap="nowrap">
                    <ClientAvatar name={client.name} status={client.status} logoUrl={client.logoUrl} size="md" />
                    <Stack gap={0}>
                      <Group gap={6} wrap="nowrap">
                        <Text size="sm" fw={600}>
                          {client.name}
                        </Text>
                        {client.archivedAt && (
                          <Badge size="xs" variant="outline" color="gray">
                            Archived
                          </Badge>
                        )}
                      </Group>
                    </Stack>
                  </Group>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={client.legalName ? undefined : 'dimmed'}>
                    {client.legalName ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={client.primaryContact ? undefined : 'dimmed'}>
                    {client.primaryContact?.name ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {client.email ? (
                    <Anchor href={`mailto:${client.email}`} size="sm" onClick={stop} onKeyDown={stop}>
                      {client.email}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {client.phone ? (
                    <Anchor href={telHref(client.phone)} size="sm" onClick={stop} onKeyDown={stop}>
                      {client.phone}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ textAlign: 'center', fontVariantNumeric: 'tabular-nums' }}>
                  <Text size="sm" c={client.activeProjectCount ? undefined : 'dimmed'}>
                    {client.activeProjectCount}
                  </Text>
                </Table.Td>
                <Table.Td style={{ minWidth: 124 }}>
                  <ClientStatusBadge status={client.status} />
                </Table.Td>
                {showValue && (
                  <Table.Td style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                    <Text size="sm">{formatMoney(client.totalValue ?? 0, format)}</Text>
                  </Table.Td>
                )}
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  {client.lastActivityAt ? (
                    <Text size="sm" title={formatDate(client.lastActivityAt, format)}>
                      {formatRelative(client.lastActivityAt, format.locale, now)}
                    </Text>
                  ) : (
                    <Text size="sm" c="dimmed">
                      No activity yet
                    </Text>
                  )}
                  <Text size="xs" c="dimmed">
                    Created {formatDate(client.createdAt, format)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <ClientQuickActions client={client} onOpen={onOpen} />
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
