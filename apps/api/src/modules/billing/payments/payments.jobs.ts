import type { Services } from '../../../platform/module';
import { PAYMENT_RECEIPT_TASK, type ReceiptJob } from './payment-events.service';
import { RECONCILE_TASK } from './payment-reconciler';

/** The receipt for each card payment recorded; reconciliation of checkouts the webhook left unconfirmed. */
export function registerPaymentJobs(services: Services): void {
  services.jobs.define<ReceiptJob>(PAYMENT_RECEIPT_TASK, (job) => services.paymentEvents.receipt(job));
  services.jobs.define<{ workspaceId?: string }>(RECONCILE_TASK, async (p) => {
    await services.paymentReconciler.run({ workspaceId: p.workspaceId });
  });
  services.jobs.schedule({ task: RECONCILE_TASK, match: '*/15 * * * *', backfillMs: 0 });
}
