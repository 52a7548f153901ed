import { Card, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { PortalTicketSummaryFragment } from '@clientflow/graphql-types/portal';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { useTicketsT } from '../i18n/tickets-i18n';
import { TicketReferenceLink } from './ticket-reference-link';
import { TicketStatusBadge } from './ticket-status-badge';

/** One card per ticket, the whole card opening the thread (cards stack well on phones, unlike a table). */
export function TicketList({ tickets }: { tickets: readonly PortalTicketSummaryFragment[] }) {
  const t = useTicketsT();
  const fmt = useFormatters();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('tickets.listLabel')}>
      {tickets.map((ticket) => {
        const { reference } = ticket;
        return (
          <li key={ticket.id}>
            <Card component={Link} to={`/tickets/${ticket.id}`} withBorder padding="md" data-testid="ticket-row">
              <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
                <Stack gap={4} miw={0}>
                  <Text fw={600} lineClamp={2}>
                    {ticket.subject}
                  </Text>
                  <Group gap="md" style={{ rowGap: 2 }}>
                    <Text size="sm" c="dimmed">
                      {t('tickets.lastActivity', {
                        date: fmt.date(ticket.lastPublicMessageAt, { dateStyle: 'medium', timeStyle: 'short' }),
                      })}
                    </Text>
                    {reference && <TicketReferenceLink reference={reference} linked={false} />}
                  </Group>
                </Stack>
                <TicketStatusBadge status={ticket.status} />
              </Group>
            </Card>
          </li>
        );
      })}
    </Stack>
  );
}

/** The list's shape while it loads. */
export function TicketListSkeleton() {
  const t = useTicketsT();
  return (
    <Stack gap="sm" role="status" aria-label={t('common.loading')} aria-busy="true">
      {[0, 1, 2].map((i) => (
        <Card key={i} withBorder padding="md">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={8} style={{ flex: 1 }}>
              <Skeleton h={14} w="60%" />
              <Skeleton h={10} w="35%" />
            </Stack>
            <Skeleton h={20} w={110} radius="xl" />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
