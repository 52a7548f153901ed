import type { DataSource } from 'typeorm';
import { logger } from '../../../platform/logger/logger';
import { forEachCandidate } from '../automation/for-each-candidate';
import type { CheckoutSettlement, SettlementOutcome } from './checkout-settlement';
import type { PaymentProvider, ProviderSession } from './payment-provider';

export const RECONCILE_TASK = 'payments.reconcile';

export interface ReconcileSummary {
  checked: number;
  /** Checkouts whose state changed (payment recorded, settling, failed or expired). */
  changed: number;
  failed: number;
}

const BATCH = 100;
/** Payment intent states that end a delayed payment without money. */
const FAILED_INTENT = new Set(['requires_payment_method', 'canceled']);

/**
 * Reconciliation (task `payments.reconcile`, every 15 minutes): a lost webhook must not lose a payment. Checkouts
 * still OPEN or SETTLING once older than the threshold (PAYMENTS_RECONCILE_AFTER_MINUTES), and not asked about
 * within it, are read back from the provider (`checkout.sessions.retrieve`) and moved by the same
 * `CheckoutSettlement` the webhook uses, under the checkout's row lock: a webhook arriving before, after or at
 * the same time records nothing more. The provider is asked outside any transaction (no lock held over the network).
 */
export class PaymentReconciler {
  constructor(
    private readonly dataSource: DataSource,
    private readonly provider: PaymentProvider | null,
    private readonly settlement: CheckoutSettlement,
    private readonly afterMinutes: number,
  ) {}

  async run(opts: { now?: Date; workspaceId?: string } = {}): Promise<ReconcileSummary> {
    const provider = this.provider;
    if (!provider) return { checked: 0, changed: 0, failed: 0 };
    const now = opts.now ?? new Date();
    const before = new Date(now.getTime() - this.afterMinutes * 60_000).toISOString();
    const { seen, done, failed } = await forEachCandidate<{ id: string; providerSessionId: string }>(
      (after) =>
        this.dataSource.query(
          `SELECT id, "providerSessionId" FROM "checkout_session"
            WHERE status IN ('OPEN', 'SETTLING') AND provider = $1 AND "providerSessionId" IS NOT NULL
              AND "createdAt" < $2 AND ("checkedAt" IS NULL OR "checkedAt" < $2)
              AND id > $3 AND ($4::uuid IS NULL OR "workspaceId" = $4)
            ORDER BY id LIMIT ${BATCH}`,
          [provider.name, before, after, opts.workspaceId ?? null],
        ),
      async (row) => {
        const session = await provider.retrieveSession(row.providerSessionId);
        const outcome = await this.apply(row.id, session, now);
        return outcome !== 'NOTHING_TO_RECORD';
      },
      'payment reconciliation failed for a checkout; retried on the next run',
    );
    return { checked: seen, changed: done, failed };
  }

  /** Moves one checkout to what the provider says (exported for tests through `run`). */
  private apply(checkoutId: string, session: ProviderSession, now: Date): Promise<SettlementOutcome> {
    return this.dataSource.transaction(async (m) => {
      const checkout = await this.settlement.lockCheckout(m, checkoutId);
      if (!checkout) return 'NOTHING_TO_RECORD';
      if (session.metadata.checkoutId !== checkout.id || session.id !== checkout.providerSessionId) {
        logger.error(
          { checkoutId, sessionId: session.id },
          'reconciliation: the provider session is not this checkout',
        );
        return 'NOTHING_TO_RECORD';
      }
      const source = { eventId: null, via: 'reconciliation' as const };
      let outcome: SettlementOutcome = 'NOTHING_TO_RECORD';
      if (session.status === 'complete' && session.paymentStatus === 'paid' && session.paymentIntentId) {
        outcome = await this.settlement.settle(
          m,
          checkout,
          { paymentIntentId: session.paymentIntentId, received: session.amountTotal, currency: session.currency },
          source,
        );
      } else if (session.status === 'complete' && session.paymentStatus === 'unpaid') {
        outcome = FAILED_INTENT.has(session.paymentIntentStatus ?? '')
          ? await this.settlement.fail(m, checkout, source)
          : await this.settlement.hold(m, checkout, session.paymentIntentId);
      } else if (session.status === 'expired') {
        outcome = await this.settlement.expire(m, checkout);
      }
      await m.query(`UPDATE "checkout_session" SET "checkedAt" = $2 WHERE id = $1`, [checkout.id, now]);
      if (outcome !== 'NOTHING_TO_RECORD')
        logger.warn(
          { checkoutId, sessionId: session.id, outcome },
          'reconciliation found what the webhook did not deliver',
        );
      return outcome;
    });
  }
}
