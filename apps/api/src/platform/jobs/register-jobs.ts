import type { Services } from '../services';
import { registerMailJobs } from '../mail/mail.jobs';
import { registerBillingAutomationJobs } from '../../modules/billing/automation/billing-automation.jobs';
import { registerRecurringJobs } from '../../modules/billing/recurring/recurring.jobs';
import { registerPaymentJobs } from '../../modules/billing/payments/payments.jobs';
import { registerDocumentJobs } from '../../modules/documents/documents.jobs';

/**
 * Every module's background tasks and schedules, in one list. Both the API process and the standalone worker
 * (`src/worker.ts`) call this, so they run the same code; whether a process actually works the queue is config.
 */
export function registerJobs(services: Services): void {
  registerMailJobs(services);
  registerBillingAutomationJobs(services);
  registerRecurringJobs(services);
  registerPaymentJobs(services);
  registerDocumentJobs(services);
}
