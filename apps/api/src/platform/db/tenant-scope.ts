import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { forbidden, notFound } from '@clientflow/domain';
import type { PortalViewer, StaffViewer } from '../auth/viewer';

/** The clients table (owned by the clients module): its rows are scoped by their own id and account manager. */
const CLIENT = 'client';

/**
 * The one data-access helper for tenant data: every query built here is filtered by the caller's workspace,
 * and for portal sessions also by the caller's client. Services never call repositories directly for tenant rows.
 */
export class TenantScope {
  constructor(
    readonly manager: EntityManager,
    readonly workspaceId: string,
    /** Set for portal sessions: rows of other clients are invisible. */
    readonly clientId: string | null = null,
    /** Set for staff without `client.viewAll`: only clients they are account manager of (and their rows) exist. */
    readonly assignedUserId: string | null = null,
  ) {}

  /**
   * The one place a viewer becomes a scope (GraphQL, file routes, exports, ZIPs): a portal contact sees its client
   * only; staff without `client.viewAll` (MEMBER) see only the clients they manage and those clients' rows.
   */
  static forViewer(manager: EntityManager, viewer: StaffViewer | PortalViewer): TenantScope {
    if (viewer.kind === 'portal') return new TenantScope(manager, viewer.workspaceId, viewer.clientId);
    return new TenantScope(
      manager,
      viewer.workspaceId,
      null,
      viewer.permissions.includes('client.viewAll') ? null : viewer.userId,
    );
  }

  withManager(manager: EntityManager): TenantScope {
    return new TenantScope(manager, this.workspaceId, this.clientId, this.assignedUserId);
  }

  /** Runs `fn` in one transaction with a scope bound to it. */
  transaction<T>(fn: (scope: TenantScope) => Promise<T>): Promise<T> {
    return this.manager.transaction((m) => fn(this.withManager(m)));
  }

  /** `withDeleted` also reaches soft-deleted rows (the deleted-clients bin); every other filter still applies. */
  query<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    alias: string,
    opts: { withDeleted?: boolean } = {},
  ): SelectQueryBuilder<T> {
    const qb = this.manager
      .getRepository(entity)
      .createQueryBuilder(alias)
      .where(`${alias}."workspaceId" = :__ws`, { __ws: this.workspaceId });
    if (opts.withDeleted) qb.withDeleted();
    if (this.clientId) qb.andWhere(this.clientCondition(entity, alias), { __cid: this.clientId });
    const assigned = this.assignedCondition(entity, alias);
    if (assigned) qb.andWhere(assigned, { __uid: this.assignedUserId });
    return qb;
  }

  async findById<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string, what: string): Promise<T> {
    if (!isUuid(id)) throw notFound(what);
    const row = await this.query(entity, 'e').andWhere('e.id = :id', { id }).getOne();
    if (!row) throw notFound(what);
    return row;
  }

  /** Inserts a row stamped with the caller's workspace; rows of a client the caller cannot see are refused. */
  async insert<T extends ObjectLiteral>(entity: EntityTarget<T>, data: Partial<T>): Promise<T> {
    const clientId = (data as { clientId?: unknown }).clientId;
    if (typeof clientId === 'string' && (this.clientId || this.assignedUserId))
      await this.findById(this.manager.connection.getMetadata(CLIENT).target, clientId, 'Client');
    const repo = this.manager.getRepository(entity);
    const row = repo.create({ ...data, workspaceId: this.workspaceId } as unknown as T);
    return repo.save(row);
  }

  /** Updates one row of the caller's workspace; NOT_FOUND when it belongs elsewhere. */
  async update<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    id: string,
    patch: Partial<T>,
    what: string,
  ): Promise<void> {
    if (!isUuid(id)) throw notFound(what);
    const qb = this.manager
      .createQueryBuilder()
      .update(entity)
      .set(patch as never)
      .where('id = :id AND "workspaceId" = :__ws', { id, __ws: this.workspaceId });
    if (this.clientId) qb.andWhere(this.clientCondition(entity, null), { __cid: this.clientId });
    const assigned = this.assignedCondition(entity, null);
    if (assigned) qb.andWhere(assigned, { __uid: this.assignedUserId });
    const result = await qb.execute();
    if (!result.affected) throw notFound(what);
  }

  /** Hard-deletes one row of the caller's workspace (same filters as `update`); NOT_FOUND when it belongs elsewhere. */
  async delete<T extends ObjectLiteral>(entity: EntityTarget<T>, id: string, what: string): Promise<void> {
    if (!isUuid(id)) throw notFound(what);
    const qb = this.manager
      .createQueryBuilder()
      .delete()
      .from(entity)
      .where('id = :id AND "workspaceId" = :__ws', { id, __ws: this.workspaceId });
    if (this.clientId) qb.andWhere(this.clientCondition(entity, null), { __cid: this.clientId });
    const assigned = this.assignedCondition(entity, null);
    if (assigned) qb.andWhere(assigned, { __uid: this.assignedUserId });
    const result = await qb.execute();
    if (!result.affected) throw notFound(what);
  }

  /** Workspace-level rows (no client) stay visible; client rows follow the client's account manager. */
  private assignedCondition(entity: EntityTarget<unknown>, alias: string | null): string | null {
    if (!this.assignedUserId) return null;
    const meta = this.manager.connection.getMetadata(entity);
    const col = (name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);
    if (meta.tableName === CLIENT) return `${col('accountManagerId')} = :__uid`;
    if (meta.findColumnWithPropertyName('clientId')) {
      // "client" quoted: update/delete builders rewrite a bare `client` (Contact's relation) into its join column.
      return `${col('clientId')} IN (SELECT ac.id FROM "client" ac WHERE ac."workspaceId" = :__ws AND ac."accountManagerId" = :__uid)`;
    }
    return null;
  }

  private clientCondition(entity: EntityTarget<unknown>, alias: string | null): string {
    const meta = this.manager.connection.getMetadata(entity);
    const col = (name: string) => (alias ? `${alias}."${name}"` : `"${name}"`);
    if (meta.tableName === CLIENT) return `${col('id')} = :__cid`;
    if (meta.findColumnWithPropertyName('clientId')) return `${col('clientId')} = :__cid`;
    throw forbidden(`${meta.name} is not reachable from the client portal`);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (v: string) => UUID.test(v);
