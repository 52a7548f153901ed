import type { TenantScope } from '../../../platform/db/tenant-scope';
import type { BillingMailer } from '../email/billing-mailer';
import type { Invoice } from '../invoices/invoice.entity';
import type { InvoiceService, PaymentDraft } from '../invoices/invoice.service';

/** Payments staff record by hand (bank transfer, cash…), with the optional receipt email. */
export class ManualPaymentService {
  constructor(
    private readonly invoices: InvoiceService,
    private readonly mailer: BillingMailer,
  ) {}

  /** The payment and, when asked, its queued receipt: both or neither. */
  record(
    scope: TenantScope,
    invoiceId: string,
    draft: PaymentDraft,
    opts: { sendReceipt: boolean; actorUserId: string },
  ): Promise<Invoice> {
    return scope.transaction(async (tx) => {
      const recorded = await this.invoices.recordPayment(tx, invoiceId, draft);
      if (opts.sendReceipt)
        await this.mailer.enqueueReceipt(tx, recorded.payment.id, { actorUserId: opts.actorUserId });
      return recorded.invoice;
    });
  }
}
