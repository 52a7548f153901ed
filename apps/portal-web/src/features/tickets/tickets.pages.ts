/**
 * The support pages, loaded as one chunk by the router (one lazy import keeps the entry bundle's chunk table small),
 * with `messagesReady` so the language on screen arrives with them and never flashes English.
 */
import { ticketsMessages } from './i18n/tickets-i18n';

export { TicketsRoute } from './routes/tickets.route';
export { NewTicketRoute } from './routes/new-ticket.route';
export { TicketThreadRoute } from './routes/ticket-thread.route';
export const messagesReady = ticketsMessages.preload;
