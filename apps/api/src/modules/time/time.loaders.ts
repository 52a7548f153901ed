import DataLoader from 'dataloader';
import { minuteRateSumToValue } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Project } from '../projects/project.entity';
import { TimeEntry } from './time-entry.entity';
import type { TimeProjectType } from './time.types';

export interface TimeTotals {
  minutes: number;
  billableMinutes: number;
  billableValue: number;
  cost: number;
  /** The exact sums Σ minutes × rate, before the one rounding. */
  billableMinuteRate: string;
  costMinuteRate: string;
}

const EMPTY: TimeTotals = {
  minutes: 0,
  billableMinutes: 0,
  billableValue: 0,
  cost: 0,
  billableMinuteRate: '0',
  costMinuteRate: '0',
};

/** Σ minutes × rate stays in bigint (numeric in SQL) and is divided once: see `minuteRateSumToValue`. */
function totalsBy(scope: () => TenantScope, column: 'projectId' | 'clientId') {
  return new DataLoader<string, TimeTotals>(async (ids) => {
    const rows = await scope()
      .query(TimeEntry, 'e')
      .select(`e."${column}"`, 'key')
      .addSelect('COALESCE(SUM(e.minutes), 0)::bigint', 'minutes')
      .addSelect('COALESCE(SUM(e.minutes) FILTER (WHERE e.billable), 0)::bigint', 'billableMinutes')
      .addSelect('COALESCE(SUM(e.minutes::numeric * e."billRate") FILTER (WHERE e.billable), 0)::text', 'billable')
      .addSelect('COALESCE(SUM(e.minutes::numeric * e."costRate"), 0)::text', 'cost')
      .andWhere(`e."${column}" IN (:...ids)`, { ids })
      .groupBy(`e."${column}"`)
      .getRawMany<{ key: string; minutes: string; billableMinutes: string; billable: string; cost: string }>();
    const byKey = new Map(
      rows.map((r) => [
        r.key,
        {
          minutes: Number(r.minutes),
          billableMinutes: Number(r.billableMinutes),
          billableValue: minuteRateSumToValue(r.billable),
          cost: minuteRateSumToValue(r.cost),
          billableMinuteRate: r.billable,
          costMinuteRate: r.cost,
        },
      ]),
    );
    return ids.map((id) => byKey.get(id) ?? EMPTY);
  });
}

/** Per-request loaders: project names for entries/timers and time totals per project and per client, one query per page each. */
export function createTimeLoaders(scope: () => TenantScope) {
  const timeProjectById = new DataLoader<string, TimeProjectType | null>(async (ids) => {
    const rows = await scope()
      .query(Project, 'p')
      .leftJoin('client', 'c', 'c.id = p."clientId"')
      .select([
        'p.id AS id',
        'p.name AS name',
        'p."clientId" AS "clientId"',
        'c.name AS "clientName"',
        'p.status AS status',
      ])
      .andWhere('p.id IN (:...ids)', { ids })
      .getRawMany<TimeProjectType>();
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return {
    timeProjectById,
    timeTotalsByProject: totalsBy(scope, 'projectId'),
    timeTotalsByClient: totalsBy(scope, 'clientId'),
  };
}
