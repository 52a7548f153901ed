import type { Services } from '../../../platform/module';
import { InvoiceService } from '../invoices/invoice.service';
import { RecurringBillingService } from './recurring-billing.service';

/**
 * `billing.recurring`, hourly: bills every due period (catching up missed ones itself, so the cron needs no
 * backfill); auto-send schedules are emailed by the billing mailer. `workspaceId` in the payload narrows a run
 * (tests, "run now"). The runner only exists where jobs run, so it is built here rather than in services.ts.
 */
export function registerRecurringJobs(services: Services): void {
  const billing = new RecurringBillingService(
    services.jobs.dataSource,
    new InvoiceService(services.timeline),
    services.timeline,
    services.billingMailer,
  );
  services.jobs.define<{ workspaceId?: string }>('billing.recurring', async (p) => {
    await billing.runDue({ workspaceId: p.workspaceId });
  });
  services.jobs.schedule({ task: 'billing.recurring', match: '0 * * * *', backfillMs: 0 });
}
