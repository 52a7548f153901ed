import type { DataSource, EntityManager } from 'typeorm';
import { badInput, type AuditAction } from '@clientflow/domain';
import type { Viewer } from '../../platform/auth/viewer';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { AuditEvent } from './audit-event.entity';

/** Who acted: a request (its viewer, address and browser) or an explicit user / label (jobs, sign-in flows). */
export interface AuditActor {
  ip: string;
  userAgent: string;
  viewer?: Viewer;
  /** Overrides the viewer (e.g. the user who just signed in, before any session exists). */
  userId?: string | null;
  /** Overrides the stored label (default: the user's email, or "System"). */
  label?: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id?: string | null; label?: string | null };
  /** `{ field: { from, to } }` or plain details; never secrets. */
  changes?: Record<string, unknown>;
}

export interface AuditFilter {
  actions?: AuditAction[] | null;
  actorUserId?: string | null;
  from?: Date | null;
  to?: Date | null;
  search?: string | null;
}

export const SYSTEM_ACTOR: AuditActor = { ip: 'system', userAgent: '', label: 'System' };

const COLUMNS = `"workspaceId", action, "actorUserId", "actorLabel", ip, "userAgent", "targetType", "targetId", "targetLabel", changes`;

/** The audit log: written inside the business transaction it describes (so it exists iff the change committed). */
export class AuditService {
  constructor(
    private readonly dataSource: DataSource,
    /** AUDIT_RETENTION_DAYS. */
    readonly retentionDays: number,
  ) {}

  /** One row in one workspace. */
  async record(entry: AuditEntry & { workspaceId: string }, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(
      `INSERT INTO audit_event (${COLUMNS})
       SELECT $1, $2, $3::uuid, COALESCE($4, (SELECT email FROM app_user WHERE id = $3::uuid), 'System'), $5, $6, $7, $8, $9, $10`,
      [entry.workspaceId, ...this.values(entry)],
    );
  }

  /** One row in every workspace the user belongs to (account events: sign-ins, password and two-factor changes). */
  async recordForUser(userId: string, entry: AuditEntry, m: EntityManager = this.dataSource.manager): Promise<void> {
    await m.query(
      `INSERT INTO audit_event (${COLUMNS})
       SELECT ms."workspaceId", $1, $2::uuid, COALESCE($3, (SELECT email FROM app_user WHERE id = $2::uuid), 'System'), $4, $5, $6, $7, $8, $9
         FROM membership ms WHERE ms."userId" = $10`,
      [...this.values({ ...entry, actor: { ...entry.actor, userId: entry.actor.userId ?? userId } }), userId],
    );
  }

  private values(entry: AuditEntry): unknown[] {
    const { actor } = entry;
    const userId =
      actor.userId !== undefined ? actor.userId : actor.viewer?.kind === 'staff' ? actor.viewer.userId : null;
    return [
      entry.action,
      userId,
      actor.label ?? null,
      actor.ip.slice(0, 64),
      actor.userAgent.slice(0, 500),
      entry.target?.type ?? null,
      entry.target?.id ?? null,
      entry.target?.label?.slice(0, 320) ?? null,
      JSON.stringify(entry.changes ?? {}),
    ];
  }

  /** Newest first, keyset-paged by (createdAt, id). */
  async list(
    scope: TenantScope,
    filter: AuditFilter,
    page: { first: number; after?: string | null },
  ): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
    const qb = this.filtered(scope, filter).orderBy('a.createdAt', 'DESC').addOrderBy('a.id', 'DESC');
    if (page.after) {
      const [at, id] = decodeCursor(page.after);
      qb.andWhere('(a."createdAt", a.id) < (:at, :id)', { at, id });
    }
    const rows = await qb.take(page.first + 1).getMany();
    const items = rows.slice(0, page.first);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > page.first && last ? encodeCursor(last) : null };
  }

  /** The same filter, for the CSV export (streamed by the caller). */
  filtered(scope: TenantScope, filter: AuditFilter) {
    const qb = scope.query(AuditEvent, 'a');
    if (filter.actions?.length) qb.andWhere('a.action IN (:...actions)', { actions: filter.actions });
    if (filter.actorUserId) qb.andWhere('a."actorUserId" = :actor', { actor: filter.actorUserId });
    if (filter.from) qb.andWhere('a."createdAt" >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a."createdAt" < :to', { to: filter.to });
    const search = filter.search?.trim();
    if (search) {
      qb.andWhere(`(a."actorLabel" ILIKE :q OR a."targetLabel" ILIKE :q OR a.ip ILIKE :q)`, {
        q: `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    return qb;
  }

  /** Drops rows older than the retention (AUDIT_RETENTION_DAYS); the only path that deletes audit rows. */
  async purge(retentionDays = this.retentionDays): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT set_config('clientflow.audit_purge', 'on', true)`);
      const result: [unknown[], number] = await m.query(
        `DELETE FROM audit_event WHERE "createdAt" < now() - make_interval(days => $1)`,
        [retentionDays],
      );
      return result[1];
    });
  }
}

const encodeCursor = (e: AuditEvent) => Buffer.from(`${e.createdAt.toISOString()}|${e.id}`).toString('base64url');

function decodeCursor(cursor: string): [Date, string] {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const date = new Date(at ?? '');
  if (Number.isNaN(date.getTime()) || !/^[0-9a-f-]{36}$/.test(id ?? '')) throw badInput('after', 'Invalid cursor');
  return [date, id];
}
