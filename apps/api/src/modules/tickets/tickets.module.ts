import { defineModule } from '../../platform/module';
import { PortalTicketMessageResolver, PortalTicketResolver } from './portal-ticket.resolver';
import { ticketFilesRouter } from './ticket-files.router';
import { Ticket, TicketMessage, TicketRead } from './ticket.entity';
import { createTicketLoaders } from './ticket.loaders';
import { TicketMessageResolver, TicketResolver } from './ticket.resolver';
import { seedTickets } from './ticket.seed';
import { TicketService } from './ticket.service';
import { TicketSubscriptionResolver } from './ticket.subscriptions';
import { TICKET_MESSAGE_TOPIC, TICKET_TOPIC, ticketMessageTopic, ticketTopic } from './ticket.topics';

declare module '../../platform/module' {
  interface Services {
    tickets: TicketService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createTicketLoaders> {}
}

/** Support tickets: the staff inbox, the portal's side, attachments, live threads. */
export const ticketsModule = defineModule({
  name: 'tickets',
  entities: [Ticket, TicketMessage, TicketRead],
  resolvers: [
    TicketResolver,
    TicketMessageResolver,
    PortalTicketResolver,
    PortalTicketMessageResolver,
    TicketSubscriptionResolver,
  ],
  services: {
    tickets: (s, { config }) => new TicketService(s.timeline, s.outbox, s.notifications, config.portalOrigin),
  },
  loaders: (scope) => createTicketLoaders(scope),
  liveTopics: { [TICKET_TOPIC]: ticketTopic, [TICKET_MESSAGE_TOPIC]: ticketMessageTopic },
  routes: (app, { dataSource, services, config }) =>
    app.use('/files', ticketFilesRouter({ dataSource, services, maxUploadBytes: config.maxUploadMb * 1024 * 1024 })),
  seed: (m, demo) => seedTickets(m, demo.northwindId, demo.userIds, demo.portalEmail),
});
