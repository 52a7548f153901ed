import { DELIVERABLE_TOPIC, deliverableTopic } from '../../modules/deliverables/deliverable.topics';
import { TIMELINE_TOPIC, timelineTopic } from '../../modules/timeline/timeline.topics';
import { NOTIFICATION_TOPIC, notificationTopic } from '../../modules/notifications/notification.topics';
import { TICKET_MESSAGE_TOPIC, TICKET_TOPIC, ticketMessageTopic, ticketTopic } from '../../modules/tickets/ticket.topics';
import { INVOICE_TOPIC, invoiceStatusTopic } from '../../modules/billing/invoices/invoice-status.topics';
import type { LiveTopic } from './live-topic';

/** Every kind of live event the bus fans out; a new one (tickets…) is one more entry. */
export const LIVE_TOPICS: Readonly<Record<string, LiveTopic<any>>> = {
  [DELIVERABLE_TOPIC]: deliverableTopic,
  [INVOICE_TOPIC]: invoiceStatusTopic,
  [TIMELINE_TOPIC]: timelineTopic,
  [TICKET_TOPIC]: ticketTopic,
  [TICKET_MESSAGE_TOPIC]: ticketMessageTopic,
  [NOTIFICATION_TOPIC]: notificationTopic,
};
