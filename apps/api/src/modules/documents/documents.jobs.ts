import type { Services } from '../../platform/module';

export const SWEEP_TICKET_UPLOADS_TASK = 'documents.sweep-ticket-uploads';
/** How long an upload may wait for its ticket message (a reply being written, a form left open) before it goes. */
export const UNATTACHED_TICKET_FILE_TTL_MS = 24 * 3600 * 1000;

/** Hourly: files uploaded for ticket messages that were never sent are deleted after a day. */
export function registerDocumentJobs(services: Services): void {
  services.jobs.define<Record<string, never>>(SWEEP_TICKET_UPLOADS_TASK, async () => {
    await services.documents.sweepUnattachedTicketFiles(
      services.jobs.dataSource.manager,
      new Date(Date.now() - UNATTACHED_TICKET_FILE_TTL_MS),
    );
  });
  services.jobs.schedule({ task: SWEEP_TICKET_UPLOADS_TASK, match: '45 * * * *', backfillMs: 0 });
}
