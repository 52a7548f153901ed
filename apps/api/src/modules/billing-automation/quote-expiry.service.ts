import type { DataSource } from 'typeorm';
import { assertQuoteTransition, isQuoteExpired } from '@clientflow/domain';
import { TenantScope } from '../../db/tenant-scope';
import { Quote } from '../invoicing/quote.entity';
import { QuoteEvent } from '../invoicing/quote-event.entity';
import { workspaceTodayIn } from './workspace-today';

/**
 * Quote expiry (task `billing.quotes-expire`): SENT quotes past `validUntil` (workspace time zone) become EXPIRED
 * with an EXPIRED quote event, per workspace in one transaction. Idempotent: only SENT rows are candidates and
 * each is re-checked with the domain's `isQuoteExpired` under a row lock.
 */
export class QuoteExpiryService {
  constructor(private readonly dataSource: DataSource) {}

  async expireDue(opts: { now?: Date; workspaceId?: string } = {}): Promise<number> {
    const now = opts.now ?? new Date();
    const workspaces: { workspaceId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT q."workspaceId" FROM "quote" q JOIN "workspace" w ON w.id = q."workspaceId"
        WHERE q.status = 'SENT' AND q."validUntil" < ($1::timestamptz AT TIME ZONE w.timezone)::date
          AND ($2::uuid IS NULL OR q."workspaceId" = $2)`,
      [now.toISOString(), opts.workspaceId ?? null],
    );
    let expired = 0;
    for (const { workspaceId } of workspaces) expired += await this.expireWorkspace(workspaceId, now);
    return expired;
  }

  private expireWorkspace(workspaceId: string, now: Date): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const scope = new TenantScope(m, workspaceId);
      const today = await workspaceTodayIn(m, workspaceId, now);
      const quotes = await scope
        .query(Quote, 'q')
        .andWhere(`q.status = 'SENT' AND q."validUntil" < :today`, { today })
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      const due = quotes.filter((q) => isQuoteExpired({ status: q.status, validUntil: q.validUntil, today }));
      for (const q of due) {
        assertQuoteTransition(q.status, 'EXPIRED');
        await scope.update(Quote, q.id, { status: 'EXPIRED' }, 'Quote');
        await scope.insert(QuoteEvent, { quoteId: q.id, clientId: q.clientId, action: 'EXPIRED', note: `Valid until ${q.validUntil}` });
      }
      return due.length;
    });
  }
}
