import type { Services } from '../../services';

/**
 * `billing.recurring`, hourly: bills every due period (catching up missed ones itself, so the cron needs no
 * backfill). `workspaceId` in the payload narrows a run (tests, "run now").
 */
export function registerRecurringJobs(services: Services): void {
  services.jobs.define<{ workspaceId?: string }>('billing.recurring', async (p) => {
    await services.recurringBilling.runDue({ workspaceId: p.workspaceId });
  });
  services.jobs.schedule({ task: 'billing.recurring', match: '0 * * * *', backfillMs: 0 });
}
