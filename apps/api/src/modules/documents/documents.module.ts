import { defineModule } from '../../platform/module';
import { ClientLogoService } from './client-logo.service';
import { Document } from './document.entity';
import { documentFilesRouter } from './document-files.router';
import { DocumentResolver } from './document.resolver';
import { DocumentService } from './document.service';
import { registerDocumentJobs } from './documents.jobs';
import { portalDocumentFilesRouter } from './portal-document-files.router';

declare module '../../platform/module' {
  interface Services {
    documents: DocumentService;
    clientLogos: ClientLogoService;
  }
}

/** Client documents and logos: uploads (staff and portal), safe downloads, the sweep of abandoned uploads. */
export const documentsModule = defineModule({
  name: 'documents',
  entities: [Document],
  resolvers: [DocumentResolver],
  services: {
    documents: (s) => new DocumentService(s.storage, s.timeline),
    clientLogos: () => new ClientLogoService(),
  },
  jobs: registerDocumentJobs,
  routes: (app, { dataSource, services, config }) => {
    const maxUploadBytes = config.maxUploadMb * 1024 * 1024;
    app.use('/files', documentFilesRouter({ dataSource, services, maxUploadBytes }));
    app.use('/files', portalDocumentFilesRouter({ dataSource, services, maxUploadBytes }));
  },
});
