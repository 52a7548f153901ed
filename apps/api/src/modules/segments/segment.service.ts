import {
  CLIENT_STATUSES,
  forbidden,
  TENURES,
  tenureCutoff,
  VALUE_TIERS,
  valueTierRange,
  valueTierThresholds,
  type SegmentDimension,
  type ValueTier,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { applyClientFilter, type FilterOptions } from '../clients/client-list.filter';
import type { ClientSegmentReportType, ClientSegmentType } from './segment.types';

const FIXED_ORDER: Partial<Record<SegmentDimension, readonly string[]>> = {
  STATUS: CLIENT_STATUSES,
  VALUE_TIER: VALUE_TIERS,
  TENURE: TENURES,
};

/** Client counts and value totals per segment, aggregated in SQL over the caller's (non-archived) clients. */
export class SegmentService {
  async segments(
    scope: TenantScope,
    dimension: SegmentDimension,
    opts: FilterOptions,
  ): Promise<ClientSegmentReportType> {
    if (dimension === 'VALUE_TIER' && !opts.canSeeFinancials)
      throw forbidden('Value tiers need permission to view financials');
    const base = () => applyClientFilter(scope.query(Client, 'c'), undefined, opts);
    const qb = base();
    let thresholds = null;
    switch (dimension) {
      case 'STATUS':
        qb.select('c.status', 'key');
        break;
      case 'INDUSTRY':
        qb.select('c.industry', 'key');
        break;
      case 'SIZE':
        qb.select('c.size', 'key');
        break;
      case 'TENURE':
        qb.select(
          `CASE WHEN COALESCE(c."firstContactAt", c."createdAt") >= :cutoff THEN 'NEW' ELSE 'RECURRING' END`,
          'key',
        );
        qb.setParameter('cutoff', tenureCutoff(opts.now));
        break;
      case 'VALUE_TIER': {
        const q = await base()
          .select(
            `percentile_disc(ARRAY[1/3.0, 2/3.0]) WITHIN GROUP (ORDER BY c."totalValue") FILTER (WHERE c."totalValue" > 0)`,
            'q',
          )
          .getRawOne<{ q: string[] | null }>();
        thresholds = valueTierThresholds(q?.q ? Number(q.q[0]) : null, q?.q ? Number(q.q[1]) : null);
        qb.select(
          `CASE WHEN c."totalValue" >= :high THEN 'HIGH' WHEN c."totalValue" >= :medium THEN 'MEDIUM' ELSE 'LOW' END`,
          'key',
        );
        qb.setParameters({ high: thresholds.high, medium: thresholds.medium });
        break;
      }
    }
    const rows = await qb
      .addSelect('count(*)::int', 'count')
      .addSelect('sum(c."totalValue")::text', 'total')
      .groupBy('1')
      .getRawMany<{ key: string | null; count: number; total: string }>();

    const byKey = new Map(rows.map((r) => [r.key, r]));
    const fixed = FIXED_ORDER[dimension];
    const ordered = fixed
      ? fixed.map((key) => byKey.get(key) ?? { key, count: 0, total: '0' })
      : [...rows].sort((a, b) => b.count - a.count || (a.key ?? '\uffff').localeCompare(b.key ?? '\uffff'));
    const segments: ClientSegmentType[] = ordered.map((r) => {
      const range = thresholds && r.key ? valueTierRange(r.key as ValueTier, thresholds) : null;
      return {
        key: r.key,
        count: r.count,
        totalValue: opts.canSeeFinancials ? Number(r.total) : null,
        valueMin: range?.min ?? null,
        valueBelow: range?.max ?? null,
      };
    });
    return { dimension, segments, totalCount: segments.reduce((n, s) => n + s.count, 0) };
  }
}
