import { defineModule } from '../../platform/module';
import { ClientLogoService } from './client-logo.service';
import { Document } from './document.entity';
import { documentFilesRouter } from './document-files.router';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';
import { registerDocumentJobs } from './documents.jobs';
import { portalDocumentFilesRouter } from './portal-document-files.router';
import { PortalDocumentResolver } from './portal-document.resolver';
import { PortalDocumentService } from './portal-document.service';

declare module '../../platform/module' {
  interface Services {
    documents: DocumentService;
    clientLogos: ClientLogoService;
    portalDocuments: PortalDocumentService;
  }
}

/** Client documents and logos: uploads (staff and portal), safe downloads, the portal's documents page, the sweep of abandoned uploads. */
export const documentsModule = defineModule({
  name: 'documents',
  entities: [Document],
  resolvers: [DocumentResolver, PortalDocumentResolver],
  services: {
    documents: (s) => new DocumentService(s.storage, s.timeline),
    clientLogos: () => new ClientLogoService(),
    portalDocuments: (s) => new PortalDocumentService(s.documents, s.tickets),
  },
  jobs: registerDocumentJobs,
  routes: (app, { dataSource, services, config }) => {
    const maxUploadBytes = config.maxUploadMb * 1024 * 1024;
    app.use('/files', documentFilesRouter({ dataSource, services, maxUploadBytes }));
    app.use('/files', portalDocumentFilesRouter({ dataSource, services, maxUploadBytes }));
  },
});
