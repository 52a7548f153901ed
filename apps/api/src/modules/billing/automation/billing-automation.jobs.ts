import type { Services } from '../../../platform/module';
import { OverdueService } from './overdue.service';
import { ReminderService } from './reminder.service';

/** Payload of the billing tasks: empty for the schedule; `workspaceId` narrows a run (tests, "run now"). */
interface BillingJobPayload {
  workspaceId?: string;
}

/**
 * Overdue marking, reminders (emailed by the billing mailer) and quote expiry: hourly and idempotent (see the
 * services). Their services only exist where jobs run, so they are built here rather than in services.ts.
 */
export function registerBillingAutomationJobs(services: Services): void {
  const { jobs } = services;
  const overdue = new OverdueService(jobs.dataSource, services.timeline);
  const reminders = new ReminderService(jobs.dataSource, services.billingMailer);
  jobs.define<BillingJobPayload>('billing.overdue', async (p) => {
    await overdue.markOverdue({ workspaceId: p.workspaceId });
  });
  jobs.define<BillingJobPayload>('billing.reminders', async (p) => {
    await reminders.runDue({ workspaceId: p.workspaceId });
  });
  jobs.define<BillingJobPayload>('billing.quotes-expire', async (p) => {
    await services.quotes.expireQuotes(jobs.dataSource.manager, { workspaceId: p.workspaceId });
  });
  // Overdue marking runs before the reminders of the hour, so a reminder sees the invoice's current status.
  jobs.schedule({ task: 'billing.overdue', match: '5 * * * *', backfillMs: 0 });
  jobs.schedule({ task: 'billing.reminders', match: '15 * * * *', backfillMs: 0 });
  jobs.schedule({ task: 'billing.quotes-expire', match: '25 * * * *', backfillMs: 0 });
}
