import type { Services } from '../../../platform/module';
import { PAYMENT_RECEIPT_TASK, type ReceiptJob } from './payment-events.service';

/** The receipt for each card payment the webhook records. */
export function registerPaymentJobs(services: Services): void {
  services.jobs.define<ReceiptJob>(PAYMENT_RECEIPT_TASK, (job) => services.paymentEvents.receipt(job));
}
