import DataLoader from 'dataloader';
import { computeClientMetrics, localDate, type ClientMetrics } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Project } from '../projects/project.entity';
import type { TimeTotals } from '../time/time.loaders';

interface ProjectAggregate {
  clientId: string;
  total: string;
  active: string;
  value: string;
  first: string | null;
  timezone: string;
}

/**
 * Client metrics for every client of a page: one aggregated statement over `project` (plus the batched time totals),
 * whatever the page size. `now` is read here, at the edge; the domain gets the workspace-local date.
 */
export function createMetricsLoaders(
  scope: () => TenantScope,
  timeTotalsByClient: DataLoader<string, TimeTotals>,
  now = () => new Date(),
) {
  const clientMetrics = new DataLoader<string, ClientMetrics>(async (clientIds) => {
    const [rows, totals] = await Promise.all([
      scope()
        .query(Project, 'p')
        .innerJoin('workspace', 'w', 'w.id = p."workspaceId"')
        .select('p."clientId"', 'clientId')
        .addSelect('COUNT(*)::int', 'total')
        .addSelect(`COUNT(*) FILTER (WHERE p.status = 'ACTIVE')::int`, 'active')
        .addSelect('COALESCE(SUM(p.value), 0)::text', 'value')
        .addSelect(
          `to_char(MIN(COALESCE(p."startDate", (p."createdAt" AT TIME ZONE w.timezone)::date)), 'YYYY-MM-DD')`,
          'first',
        )
        .addSelect('MIN(w.timezone)', 'timezone')
        .andWhere('p."clientId" IN (:...ids)', { ids: clientIds })
        .groupBy('p."clientId"')
        .getRawMany<ProjectAggregate>(),
      timeTotalsByClient.loadMany(clientIds),
    ]);
    const byClient = new Map(rows.map((r) => [r.clientId, r]));
    const todayIn = new Map<string, string>();
    const today = (tz: string) => todayIn.get(tz) ?? todayIn.set(tz, localDate(now(), tz)).get(tz)!;
    return clientIds.map((id, i) => {
      const p = byClient.get(id);
      const t = totals[i];
      if (t instanceof Error) throw t;
      return computeClientMetrics(
        {
          totalProjects: p ? Number(p.total) : 0,
          activeProjects: p ? Number(p.active) : 0,
          totalValue: p ? Number(p.value) : 0,
          firstProjectDate: p?.first ?? null,
          billableMinuteRate: t.billableMinuteRate,
          costMinuteRate: t.costMinuteRate,
        },
        today(p?.timezone ?? 'UTC'),
      );
    });
  });
  return { clientMetrics };
}
