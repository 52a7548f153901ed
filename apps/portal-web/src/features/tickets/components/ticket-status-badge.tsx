import { Badge } from '@mantine/core';
import type { TicketStatus } from '@clientflow/graphql-types/portal';
import { useTicketsT } from '../i18n/tickets-i18n';

/** OPEN waits for the agency, PENDING for the client: the badge says it from the client's side. */
const COLORS: Record<TicketStatus, string> = { OPEN: 'blue', PENDING: 'orange', RESOLVED: 'teal', CLOSED: 'gray' };

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const t = useTicketsT();
  return (
    <Badge color={COLORS[status]} variant={status === 'CLOSED' ? 'outline' : 'light'} style={{ flexShrink: 0 }}>
      {t(`tickets.status.${status}`)}
    </Badge>
  );
}
