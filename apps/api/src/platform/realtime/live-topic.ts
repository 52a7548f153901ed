import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { portalSees, type Permission, type PortalRowKind } from '@clientflow/domain';
import type { PortalViewer, StaffViewer } from '../auth/viewer';

export type LiveViewer = StaffViewer | PortalViewer;

/** A row an event points at, loaded once per event for every subscriber of the process. */
export interface LiveItem<T = unknown> {
  row: T;
  workspaceId: string;
  clientId: string | null;
  /** The client's account manager: MEMBERs (no `client.viewAll`) see only their own clients' rows. */
  accountManagerId: string | null;
  /** The client's display name (the dashboard feed shows it without a query per subscriber). */
  clientName: string | null;
}

/**
 * One kind of live event (timeline, deliverable, invoice… a ticket topic is one more entry in LIVE_TOPICS).
 * `load` reads the rows of many events at once without a tenant scope; `liveVisibleTo` then applies the same rules the
 * subscriber's TenantScope and permissions would, in memory, so 1,000 subscribers cost one query, not 1,000.
 */
export interface LiveTopic<T = unknown> {
  load(manager: EntityManager, workspaceId: string, ids: readonly string[]): Promise<LiveItem<T>[]>;
  /** Staff visibility: the topic's permission and, for MEMBERs, their own clients (see `staffSees`). */
  staffVisible(item: LiveItem<T>, viewer: StaffViewer): boolean;
  /**
   * The kind of row portal sessions receive, decided by the domain's `portalSees` — the rule the portal's queries
   * compile to SQL (`portalQuery`) — never by the topic itself. Absent: a staff-only topic.
   */
  portal?: PortalRowKind;
}

/**
 * Whether one loaded event reaches one subscriber: the bus's only visibility decision. Portal viewers carry their
 * client, narrowed permissions and project selection (re-read with the session), so this costs no query.
 */
export function liveVisibleTo<T>(topic: LiveTopic<T>, item: LiveItem<T>, viewer: LiveViewer): boolean {
  if (viewer.kind === 'staff') return topic.staffVisible(item, viewer);
  return (
    topic.portal !== undefined &&
    item.clientId === viewer.clientId &&
    portalSees(topic.portal, item.row as { clientId: string | null }, viewer)
  );
}

/**
 * Topics and parts of different row types in one table or list: `LiveTopic<T>` reads and accepts `T`, so it is
 * invariant in T and neither `unknown` nor `never` can stand for "some row type".
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyLiveTopic = LiveTopic<any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type AnyLiveItem = LiveItem<any>;

/** Staff visibility of a client's row: the permission, and (MEMBER) being the client's account manager. */
export function staffSees(item: LiveItem, viewer: StaffViewer, permission: Permission): boolean {
  if (!viewer.permissions.includes(permission)) return false;
  return (
    viewer.permissions.includes('client.viewAll') || (item.clientId !== null && item.accountManagerId === viewer.userId)
  );
}

/**
 * Rows of one workspace by id, with their client's account manager; rows of soft-deleted clients are dropped
 * (no TenantScope reaches them either). The rows and their clients are read in parallel (the client query selects
 * through the same ids), so an event costs one round trip to the database before its fan-out, not two.
 */
export async function loadClientRows<T extends ObjectLiteral & { id: string; clientId: string | null }>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  workspaceId: string,
  ids: readonly string[],
): Promise<LiveItem<T>[]> {
  const repository = manager.getRepository(entity);
  const table = manager.connection.driver.escape(repository.metadata.tableName);
  const [rows, clients] = await Promise.all([
    repository
      .createQueryBuilder('e')
      .where('e."workspaceId" = :ws AND e.id IN (:...ids)', { ws: workspaceId, ids })
      .getMany(),
    manager.query(
      `SELECT c.id, c."accountManagerId", c.name FROM client c
        WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL
          AND c.id IN (SELECT e."clientId" FROM ${table} e WHERE e."workspaceId" = $1 AND e.id = ANY($2::uuid[]))`,
      [workspaceId, ids],
    ) as Promise<{ id: string; accountManagerId: string | null; name: string }[]>,
  ]);
  const byId = new Map(clients.map((c) => [c.id, c]));
  return rows
    .filter((r) => r.clientId === null || byId.has(r.clientId))
    .map((row) => {
      const client = row.clientId ? byId.get(row.clientId) : undefined;
      return {
        row,
        workspaceId,
        clientId: row.clientId,
        accountManagerId: client?.accountManagerId ?? null,
        clientName: client?.name ?? null,
      };
    });
}
