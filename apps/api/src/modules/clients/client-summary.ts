import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from './client.entity';

/*
 * The client's summary columns, derived from the rows they summarise: `lastActivityAt` from its timeline events,
 * `activeProjectCount` and `totalValue` from its projects. Only the clients module writes the client table: the
 * timeline and the projects call these in the transaction of their own change (the projects through ClientService;
 * the timeline directly, since ClientService records its status changes on the timeline).
 */

/** Moves `lastActivityAt` forward to `at`, never backwards: back-dated entries do not hide newer activity. */
export async function moveLastActivityForward(scope: TenantScope, clientId: string, at: Date): Promise<void> {
  await scope.manager
    .createQueryBuilder()
    .update(Client)
    .set({ lastActivityAt: () => `GREATEST(COALESCE("lastActivityAt", :at), :at)` })
    .where('id = :id AND "workspaceId" = :ws', { id: clientId, ws: scope.workspaceId })
    .setParameter('at', at)
    .execute();
}

/** `lastActivityAt` = the newest remaining event (null when none is left). */
export async function recomputeLastActivity(scope: TenantScope, clientId: string): Promise<void> {
  await scope.manager.query(
    `UPDATE client SET "lastActivityAt" = (
       SELECT max(e."occurredAt") FROM timeline_event e WHERE e."workspaceId" = $1 AND e."clientId" = $2
     ) WHERE id = $2 AND "workspaceId" = $1`,
    [scope.workspaceId, clientId],
  );
}

/**
 * `activeProjectCount` = ACTIVE projects; `totalValue` = values of every project except CANCELLED ones
 * (see `countsTowardClientValue`). Recomputed from the project table, never incremented, so it cannot drift.
 */
export async function recomputeProjectTotals(scope: TenantScope, clientId: string): Promise<void> {
  await scope.manager.query(
    `UPDATE client SET
       "activeProjectCount" = (SELECT count(*) FROM project p WHERE p."workspaceId" = $1 AND p."clientId" = $2 AND p.status = 'ACTIVE'),
       "totalValue" = (SELECT coalesce(sum(p.value), 0) FROM project p WHERE p."workspaceId" = $1 AND p."clientId" = $2 AND p.status <> 'CANCELLED')
     WHERE id = $2 AND "workspaceId" = $1`,
    [scope.workspaceId, clientId],
  );
}

/** The same totals for every client of the workspace at once (the demo seed). */
export async function recomputeWorkspaceProjectTotals(scope: TenantScope): Promise<void> {
  await scope.manager.query(
    `UPDATE client c SET
       "activeProjectCount" = (SELECT count(*) FROM project p WHERE p."clientId" = c.id AND p.status = 'ACTIVE'),
       "totalValue" = (SELECT coalesce(sum(p.value), 0) FROM project p WHERE p."clientId" = c.id AND p.status <> 'CANCELLED')
     WHERE c."workspaceId" = $1`,
    [scope.workspaceId],
  );
}
