import type { Services } from '../../services';

/** Payload of the billing tasks: empty for the schedule; `workspaceId` narrows a run (tests, "run now"). */
interface BillingJobPayload {
  workspaceId?: string;
}

/** Reminders, overdue marking and quote expiry: hourly, idempotent (see the services). */
export function registerBillingAutomationJobs(services: Services): void {
  const { jobs } = services;
  jobs.define<BillingJobPayload>('billing.overdue', async (p) => {
    await services.overdue.markOverdue({ workspaceId: p.workspaceId });
  });
  // After overdue marking in the hour, so a reminder sees the invoice's current status.
  jobs.define<BillingJobPayload>('billing.reminders', async (p) => {
    await services.reminders.runDue({ workspaceId: p.workspaceId });
  });
  jobs.define<BillingJobPayload>('billing.quotes-expire', async (p) => {
    await services.quotes.expireQuotes(services.jobs.dataSource.manager, { workspaceId: p.workspaceId });
  });
  jobs.schedule({ task: 'billing.overdue', match: '5 * * * *', backfillMs: 0 });
  jobs.schedule({ task: 'billing.reminders', match: '15 * * * *', backfillMs: 0 });
  jobs.schedule({ task: 'billing.quotes-expire', match: '25 * * * *', backfillMs: 0 });
}
