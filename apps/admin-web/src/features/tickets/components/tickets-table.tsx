import { Anchor, Group, Table, Text, Tooltip } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import type { TicketRowFragment } from '@clientflow/graphql-types/admin';
import { formatRelative } from '../../../shared/lib/format';
import { ticketHref } from '../lib/ticket-labels';
import { TicketPriorityBadge, TicketStatusBadge } from './ticket-badges';
import { UnreadDot } from './unread-dot';
import { TableSkeletonRows } from '../../../shared/components/table-skeleton-rows';

interface TicketsTableProps {
  rows: readonly TicketRowFragment[];
  loading: boolean;
  locale: string;
  timeZone: string;
  showClient?: boolean;
  /** Injected so tests (and a long-open tab) read times against a known clock. */
  now?: Date;
}

const stop = (event: React.SyntheticEvent) => event.stopPropagation();

/** Tickets, newest activity first; unread ones in bold with a dot. A row opens its thread; the subject is the link. */
export function TicketsTable({ rows, loading, locale, timeZone, showClient = true, now }: TicketsTableProps) {
  const navigate = useNavigate();
  const columns = 5 + (showClient ? 1 : 0);
  const fullDate = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  return (
    <Table.ScrollContainer minWidth={showClient ? 860 : 700}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={loading} aria-label="Tickets">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Subject</Table.Th>
            {showClient && <Table.Th>Client</Table.Th>}
            <Table.Th>Status</Table.Th>
            <Table.Th>Priority</Table.Th>
            <Table.Th>Assignee</Table.Th>
            <Table.Th>Last activity</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody style={{ opacity: loading && rows.length ? 0.6 : 1, transition: 'opacity 150ms' }}>
          {loading && rows.length === 0 ? (
            <TableSkeletonRows columns={columns} />
          ) : (
            rows.map((t) => (
              <Table.Tr
                key={t.id}
                data-unread={t.unread || undefined}
                onClick={() => navigate(ticketHref(t.id))}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>
                  <Group gap={8} wrap="nowrap">
                    {t.unread && <UnreadDot />}
                    <Anchor
                      component={Link}
                      to={ticketHref(t.id)}
                      fw={t.unread ? 700 : 500}
                      onClick={stop}
                      lineClamp={2}
                      style={{ overflowWrap: 'anywhere' }}
                    >
                      {t.subject}
                    </Anchor>
                  </Group>
                </Table.Td>
                {showClient && (
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/clients/${t.client.id}`}
                      size="sm"
                      c="inherit"
                      onClick={stop}
                      lineClamp={1}
                    >
                      {t.client.name}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>
                  <TicketStatusBadge status={t.status} />
                </Table.Td>
                <Table.Td>
                  <TicketPriorityBadge priority={t.priority} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={t.assignee ? undefined : 'dimmed'} lineClamp={1}>
                    {t.assignee?.name ?? 'Unassigned'}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Tooltip label={fullDate.format(new Date(t.lastMessageAt))} withArrow openDelay={300}>
                    <Text size="sm" fw={t.unread ? 700 : undefined} component="span">
                      {formatRelative(t.lastMessageAt, locale, now)}
                    </Text>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
