import { Badge, Tooltip } from '@mantine/core';
import type { TicketPriority, TicketStatus } from '@clientflow/domain';
import {
  TICKET_PRIORITY_COLORS,
  TICKET_PRIORITY_LABELS,
  TICKET_STATUS_COLORS,
  TICKET_STATUS_HINTS,
  TICKET_STATUS_LABELS,
} from '../lib/ticket-labels';

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  return (
    <Tooltip label={TICKET_STATUS_HINTS[status]} withArrow openDelay={300}>
      <Badge color={TICKET_STATUS_COLORS[status]} variant={status === 'CLOSED' ? 'outline' : 'light'}>
        {TICKET_STATUS_LABELS[status]}
      </Badge>
    </Tooltip>
  );
}

export function TicketPriorityBadge({ priority }: { priority: TicketPriority }) {
  return (
    <Badge color={TICKET_PRIORITY_COLORS[priority]} variant={priority === 'URGENT' ? 'filled' : 'dot'}>
      {TICKET_PRIORITY_LABELS[priority]}
    </Badge>
  );
}
