import { defineModule } from '../../platform/module';
import { ClientListFieldsResolver, ClientListResolver, ClientPageFieldsResolver } from './client-list.resolver';
import { ClientListService } from './client-list.service';
import { Client } from './client.entity';
import { createClientLoaders } from './client.loaders';
import { ClientResolver } from './client.resolver';
import { seedDemoClients } from './client.seed';
import { ClientService } from './client.service';
import { clientsExportRouter } from './clients-export.router';
import { Contact } from './contact.entity';
import { ContactResolver } from './contact.resolver';
import { ContactService } from './contact.service';

declare module '../../platform/module' {
  interface Services {
    clients: ClientService;
    clientList: ClientListService;
    contacts: ContactService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createClientLoaders> {}
}

/** Clients, their contacts, the clients list (search, filters, views) and its CSV export. */
export const clientsModule = defineModule({
  name: 'clients',
  entities: [Client, Contact],
  resolvers: [ClientResolver, ClientListResolver, ClientListFieldsResolver, ClientPageFieldsResolver, ContactResolver],
  services: {
    clients: (s) => new ClientService(s.timeline),
    clientList: () => new ClientListService(),
    contacts: (s) => new ContactService(s.audit),
  },
  loaders: (scope) => createClientLoaders(scope),
  routes: (app, { dataSource, services }) => app.use('/files/exports', clientsExportRouter(dataSource, services)),
  seed: seedDemoClients,
});
