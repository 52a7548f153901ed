import { isoWeekStart, addDays, localDate } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { Project } from '../projects/project.entity';
import { Ticket } from '../tickets/ticket.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import type { TimeService } from '../time/time.service';
import type { DashboardType } from './dashboard.types';

const PROSPECT_NAMES = 5;
const ACTIVITY = 20;

/**
 * The home page in five aggregated statements (timezone, clients, projects, deliverables, activity), every one
 * through the caller's TenantScope, so a MEMBER's numbers cover only their clients.
 */
export class DashboardService {
  constructor(private readonly time: TimeService) {}

  async load(scope: TenantScope, opts: { canSeeFinancials: boolean; now?: Date }): Promise<DashboardType> {
    const today = localDate(opts.now ?? new Date(), await this.time.timezone(scope));
    const weekStart = isoWeekStart(today);
    const [clients, projects, deliverables, activity] = await Promise.all([
      scope
        .query(Client, 'c')
        .select(`COUNT(*) FILTER (WHERE c.status = 'ACTIVE')::int`, 'active')
        .addSelect(`COUNT(*) FILTER (WHERE c.status = 'PROSPECT')::int`, 'prospects')
        .addSelect(
          `COALESCE((array_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c."createdAt" DESC, c.id DESC)
             FILTER (WHERE c.status = 'PROSPECT'))[1:${PROSPECT_NAMES}], '{}')`,
          'recent',
        )
        .andWhere('c."archivedAt" IS NULL')
        .andWhere(`c.status IN ('ACTIVE', 'PROSPECT')`)
        .getRawOne<{ active: number; prospects: number; recent: { id: string; name: string }[] }>(),
      scope
        .query(Project, 'p')
        .select(`COUNT(*) FILTER (WHERE p.status = 'ACTIVE')::int`, 'inProgress')
        .addSelect(`COALESCE(SUM(p.value) FILTER (WHERE p.status = 'ACTIVE'), 0)::text`, 'value')
        .addSelect(`COUNT(*) FILTER (WHERE p."estimatedEndDate" < :today)::int`, 'overdue')
        .andWhere(`p.status NOT IN ('COMPLETED', 'CANCELLED')`)
        .setParameter('today', today)
        .getRawOne<{ inProgress: number; value: string; overdue: number }>(),
      scope
        .query(Deliverable, 'd')
        .select(
          `COUNT(*) FILTER (WHERE d."dueDate" BETWEEN :from AND :to AND d.status <> 'APPROVED')::int`,
          'dueThisWeek',
        )
        .addSelect(`COUNT(*) FILTER (WHERE d.status = 'PENDING_APPROVAL')::int`, 'pending')
        .addSelect(
          `(${scope.query(Ticket, 't').select('COUNT(*)::int').andWhere(`t.status = 'OPEN'`).getQuery()})`,
          'openTickets',
        ) // same scope parameters
        .setParameters({ from: weekStart, to: addDays(weekStart, 6) })
        .andWhere(`(d.status = 'PENDING_APPROVAL' OR d."dueDate" BETWEEN :from AND :to)`)
        .getRawOne<{ dueThisWeek: number; pending: number; openTickets: number }>(),
      scope
        .query(TimelineEvent, 'e')
        .innerJoin('client', 'c', 'c.id = e."clientId"')
        .select([
          'e.id AS id',
          'e."clientId" AS "clientId"',
          'c.name AS "clientName"',
          'e.type AS type',
          'e.summary AS summary',
        ])
        .addSelect('e."occurredAt"', 'occurredAt')
        .orderBy('e."occurredAt"', 'DESC')
        .addOrderBy('e.id', 'DESC')
        .limit(ACTIVITY)
        .getRawMany(),
    ]);
    return {
      today,
      weekStart,
      activeClients: clients?.active ?? 0,
      prospects: clients?.prospects ?? 0,
      recentProspects: clients?.recent ?? [],
      projectsInProgress: projects?.inProgress ?? 0,
      totalContractValue: opts.canSeeFinancials ? Number(projects?.value ?? 0) : null,
      overdueProjects: projects?.overdue ?? 0,
      deliverablesDueThisWeek: deliverables?.dueThisWeek ?? 0,
      pendingClientRequests: (deliverables?.pending ?? 0) + (deliverables?.openTickets ?? 0),
      recentActivity: activity.map((a) => ({ ...a, occurredAt: new Date(a.occurredAt) })),
    };
  }
}
