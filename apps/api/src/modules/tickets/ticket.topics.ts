import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic, type LiveViewer } from '../../platform/realtime/live-topic';
import type { LiveItem } from '../../platform/realtime/live-topic';
import { Ticket, TicketMessage } from './ticket.entity';

/** A ticket was opened or changed (status, priority, assignee, a public message moved it). */
export const TICKET_TOPIC = 'ticket';
/** A message was added to a thread (internal notes included: the visibility rule drops them for the portal). */
export const TICKET_MESSAGE_TOPIC = 'ticketMessage';

const portalSees = (item: LiveItem, viewer: LiveViewer) =>
  viewer.kind === 'portal' && item.clientId === viewer.clientId && viewer.permissions.includes('OPEN_TICKETS');

/** Staff who can see the client; the client's portal contacts with OPEN_TICKETS. */
export const ticketTopic: LiveTopic<Ticket> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, Ticket, workspaceId, ids),
  visibleTo: (item, viewer) =>
    viewer.kind === 'staff' ? staffSees(item, viewer, 'client.view') : portalSees(item, viewer),
};

/** As tickets, and never an internal note to a portal session. */
export const ticketMessageTopic: LiveTopic<TicketMessage> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, TicketMessage, workspaceId, ids),
  visibleTo: (item, viewer) =>
    viewer.kind === 'staff' ? staffSees(item, viewer, 'client.view') : !item.row.internal && portalSees(item, viewer),
};

export function publishTicket(
  manager: EntityManager,
  ticket: Pick<Ticket, 'id' | 'workspaceId' | 'clientId'>,
  kind: 'created' | 'updated',
): Promise<void> {
  return publish(manager, {
    topic: TICKET_TOPIC,
    workspaceId: ticket.workspaceId,
    clientId: ticket.clientId,
    id: ticket.id,
    kind,
  });
}

export function publishTicketMessage(manager: EntityManager, message: TicketMessage): Promise<void> {
  return publish(manager, {
    topic: TICKET_MESSAGE_TOPIC,
    workspaceId: message.workspaceId,
    clientId: message.clientId,
    id: message.id,
    kind: 'created',
  });
}
