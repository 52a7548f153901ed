import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../platform/realtime/live-topic';
import { Ticket, TicketMessage } from './ticket.entity';

/** A ticket was opened or changed (status, priority, assignee, a public message moved it). */
export const TICKET_TOPIC = 'ticket';
/** A message was added to a thread (internal notes included: the visibility rule drops them for the portal). */
export const TICKET_MESSAGE_TOPIC = 'ticketMessage';

/** Staff who can see the client; the portal's rule for tickets (the client's, with OPEN_TICKETS). */
export const ticketTopic: LiveTopic<Ticket> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, Ticket, workspaceId, ids),
  staffVisible: (item, viewer) => staffSees(item, viewer, 'client.view'),
  portal: 'ticket',
};

/** As tickets; the portal's rule for messages never lets an internal note through. */
export const ticketMessageTopic: LiveTopic<TicketMessage> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, TicketMessage, workspaceId, ids),
  staffVisible: (item, viewer) => staffSees(item, viewer, 'client.view'),
  portal: 'ticketMessage',
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
