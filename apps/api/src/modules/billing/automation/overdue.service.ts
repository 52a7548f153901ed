import type { DataSource } from 'typeorm';
import { assertInvoiceTransition, isFullySettling, isOverdue } from '@clientflow/domain';
import { TenantScope } from '../../../platform/db/tenant-scope';
import { Invoice } from '../invoices/invoice.entity';
import type { TimelineService } from '../../timeline/timeline.service';
import { workspaceTodayIn } from '../../identity/workspace-today';
import { publishInvoiceStatus } from '../invoices/invoice-status.topics';
import { forEachCandidate } from './for-each-candidate';

export interface OverdueRunSummary {
  marked: number;
  failed: number;
}

const BATCH = 500;

/**
 * Overdue marking (task `billing.overdue`): SENT and PARTIAL invoices past their due date (workspace time zone)
 * with a balance not all on its way (see `amountSettling`) become OVERDUE, each in its own transaction with an INVOICE timeline event. Idempotent: the row is
 * locked and re-checked with the domain's `isOverdue`, and an OVERDUE invoice is no longer a candidate.
 */
export class OverdueService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly timeline: TimelineService,
  ) {}

  async markOverdue(opts: { now?: Date; workspaceId?: string } = {}): Promise<OverdueRunSummary> {
    const now = opts.now ?? new Date();
    const { done, failed } = await forEachCandidate<{ id: string; workspaceId: string }>(
      (after) =>
        this.dataSource.query(
          `SELECT i.id, i."workspaceId" FROM "invoice" i JOIN "workspace" w ON w.id = i."workspaceId"
            WHERE i.status IN ('SENT', 'PARTIAL') AND i.total > i."amountPaid" + i."amountSettling"
              AND i."dueDate" < ($1::timestamptz AT TIME ZONE w.timezone)::date
              AND i.id > $2 AND ($3::uuid IS NULL OR i."workspaceId" = $3)
            ORDER BY i.id LIMIT ${BATCH}`,
          [now.toISOString(), after, opts.workspaceId ?? null],
        ),
      (row) => this.markOne(row.workspaceId, row.id, now),
      'overdue marking failed; retried on the next run',
    );
    return { marked: done, failed };
  }

  private markOne(workspaceId: string, invoiceId: string, now: Date): Promise<boolean> {
    return this.dataSource.transaction(async (m) => {
      const scope = new TenantScope(m, workspaceId);
      const invoice = await scope
        .query(Invoice, 'i')
        .andWhere('i.id = :id', { id: invoiceId })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      // Held while the whole balance is on its way (a payment that settles later): it is not late, it is settling.
      if (!invoice || invoice.status === 'OVERDUE' || isFullySettling(invoice)) return false;
      const today = await workspaceTodayIn(m, workspaceId, now);
      if (
        !isOverdue({
          status: invoice.status,
          dueDate: invoice.dueDate,
          balance: invoice.total - invoice.amountPaid,
          today,
        })
      )
        return false;
      assertInvoiceTransition(invoice.status, 'OVERDUE');
      await scope.update(Invoice, invoice.id, { status: 'OVERDUE' }, 'Invoice');
      await publishInvoiceStatus(scope.manager, invoice);
      await this.timeline.record(scope, {
        clientId: invoice.clientId,
        projectId: invoice.projectId,
        type: 'INVOICE',
        summary: `Invoice ${invoice.number} is overdue`,
        metadata: {
          source: 'overdue',
          invoiceId: invoice.id,
          number: invoice.number,
          dueDate: invoice.dueDate,
          balance: invoice.total - invoice.amountPaid,
        },
      });
      return true;
    });
  }
}
