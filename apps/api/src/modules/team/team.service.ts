import type { DataSource, EntityManager } from 'typeorm';
import {
  assertCanChangeRole,
  assertCanLeave,
  assertCanRemove,
  assertCanTransferOwnership,
  assertReassignment,
  notFound,
  type Role,
} from '@clientflow/domain';
import { isUuid } from '../../platform/db/tenant-scope';
import type { AuditActor, AuditService } from '../audit/audit.service';
import type { TeamMemberType } from './team.types';

/** The caller as the team rules see them, plus what the audit log needs. */
export interface TeamCaller {
  userId: string;
  workspaceId: string;
  audit: AuditActor;
}

interface MemberRow {
  userId: string;
  role: Role;
  name: string;
  email: string;
}

/**
 * Members of a workspace: list, change role, remove (with their clients handed over), leave, transfer ownership.
 * Every change runs in one transaction that first locks the workspace row, so two concurrent changes cannot both
 * see "another owner exists" and leave the workspace without one. The team rules live in `@clientflow/domain`.
 */
export class TeamService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Members with their last sign-in and how many (live) clients each manages; owners first, then by name. */
  async members(workspaceId: string): Promise<TeamMemberType[]> {
    const rows: {
      id: string;
      name: string;
      email: string;
      role: Role;
      lastSignInAt: Date | null;
      joinedAt: Date;
      managedClientCount: number;
    }[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.email, m.role, u."lastSignInAt", m."createdAt" AS "joinedAt",
              (SELECT count(*)::int FROM client c
                WHERE c."workspaceId" = m."workspaceId" AND c."accountManagerId" = u.id AND c."deletedAt" IS NULL)
                AS "managedClientCount"
         FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE m."workspaceId" = $1
        ORDER BY CASE m.role WHEN 'OWNER' THEN 0 WHEN 'ADMIN' THEN 1 WHEN 'MANAGER' THEN 2 ELSE 3 END, u.name, u.id`,
      [workspaceId],
    );
    return rows;
  }

  async changeRole(caller: TeamCaller, userId: string, newRole: Role): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { actor, target, ownerCount } = await this.load(m, caller, userId);
      assertCanChangeRole({ actor, target, newRole, ownerCount });
      if (target.role === newRole) return;
      await m.query(`UPDATE membership SET role = $3, "updatedAt" = now() WHERE "workspaceId" = $1 AND "userId" = $2`, [
        caller.workspaceId,
        userId,
        newRole,
      ]);
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'member.roleChanged',
          actor: caller.audit,
          target: { type: 'user', id: userId, label: target.email },
          changes: { role: { from: target.role, to: newRole } },
        },
        m,
      );
    });
  }

  /** Removes a member (or yourself, by the leaving rule); their clients go to `reassignTo`. */
  async remove(caller: TeamCaller, userId: string, reassignTo: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { actor, target, ownerCount } = await this.load(m, caller, userId);
      assertCanRemove({ actor, target, ownerCount });
      await this.endMembership(
        m,
        caller,
        target,
        reassignTo,
        userId === caller.userId ? 'member.left' : 'member.removed',
      );
    });
  }

  /** Leaves the workspace (any role but its last owner). */
  async leave(caller: TeamCaller, reassignTo: string | null): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { target, ownerCount } = await this.load(m, caller, caller.userId);
      assertCanLeave(target.role, ownerCount);
      await this.endMembership(m, caller, target, reassignTo, 'member.left');
    });
  }

  /** The target becomes OWNER, the caller ADMIN, in one transaction. */
  async transferOwnership(caller: TeamCaller, userId: string): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { actor, target } = await this.load(m, caller, userId);
      assertCanTransferOwnership({ actor, target });
      const set = `UPDATE membership SET role = $3, "updatedAt" = now() WHERE "workspaceId" = $1 AND "userId" = $2`;
      await m.query(set, [caller.workspaceId, target.userId, 'OWNER']);
      await m.query(set, [caller.workspaceId, caller.userId, 'ADMIN']);
      await this.audit.record(
        {
          workspaceId: caller.workspaceId,
          action: 'ownership.transferred',
          actor: caller.audit,
          target: { type: 'user', id: target.userId, label: target.email },
          changes: { role: { from: target.role, to: 'OWNER' }, previousOwnerRole: { from: 'OWNER', to: 'ADMIN' } },
        },
        m,
      );
    });
  }

  /** Another workspace of the user (oldest membership first), to switch to after leaving; null when none. */
  async anotherWorkspace(userId: string, notWorkspaceId: string): Promise<string | null> {
    const rows: { workspaceId: string }[] = await this.dataSource.query(
      `SELECT "workspaceId" FROM membership WHERE "userId" = $1 AND "workspaceId" <> $2 ORDER BY "createdAt" LIMIT 1`,
      [userId, notWorkspaceId],
    );
    return rows[0]?.workspaceId ?? null;
  }

  /**
   * Locks the workspace (serialises team changes), then reads the caller, the target and the owner count.
   * A target outside the caller's workspace is NOT_FOUND, as any other tenant row.
   */
  private async load(m: EntityManager, caller: TeamCaller, userId: string) {
    await m.query(`SELECT id FROM workspace WHERE id = $1 FOR UPDATE`, [caller.workspaceId]);
    if (!isUuid(userId)) throw notFound('Member');
    const rows: (MemberRow & { owners: number })[] = await m.query(
      `SELECT m."userId", m.role, u.name, u.email,
              (SELECT count(*)::int FROM membership o WHERE o."workspaceId" = $1 AND o.role = 'OWNER') AS owners
         FROM membership m JOIN app_user u ON u.id = m."userId"
        WHERE m."workspaceId" = $1 AND m."userId" = ANY($2::uuid[])`,
      [caller.workspaceId, [caller.userId, userId]],
    );
    const actor = rows.find((r) => r.userId === caller.userId);
    const target = rows.find((r) => r.userId === userId);
    if (!actor || !target) throw notFound('Member');
    return { actor, target, ownerCount: actor.owners };
  }

  /**
   * Hands their clients over, drops what only made sense for them in this workspace (running timer, notifications,
   * ticket assignments), deletes the membership (their sessions in this workspace end on their next request:
   * the viewer re-read joins the membership) and records it. Their other workspaces are untouched.
   */
  private async endMembership(
    m: EntityManager,
    caller: TeamCaller,
    target: MemberRow,
    reassignTo: string | null,
    action: 'member.removed' | 'member.left',
  ): Promise<void> {
    const ws = caller.workspaceId;
    const [{ managed }]: { managed: number }[] = await m.query(
      `SELECT count(*)::int AS managed FROM client
        WHERE "workspaceId" = $1 AND "accountManagerId" = $2 AND "deletedAt" IS NULL`,
      [ws, target.userId],
    );
    const reassignToIsMember =
      reassignTo != null &&
      isUuid(reassignTo) &&
      (await m.query(`SELECT 1 FROM membership WHERE "workspaceId" = $1 AND "userId" = $2`, [ws, reassignTo])).length >
        0;
    assertReassignment({ removedUserId: target.userId, managedClients: managed, reassignTo, reassignToIsMember });
    // Deleted clients (the bin) follow too, so a restored client never names a non-member.
    await m.query(
      `UPDATE client SET "accountManagerId" = $3, "updatedAt" = now() WHERE "workspaceId" = $1 AND "accountManagerId" = $2`,
      [ws, target.userId, reassignTo],
    );
    await m.query(`UPDATE ticket SET "assigneeUserId" = NULL WHERE "workspaceId" = $1 AND "assigneeUserId" = $2`, [
      ws,
      target.userId,
    ]);
    await m.query(`DELETE FROM running_timer WHERE "workspaceId" = $1 AND "userId" = $2`, [ws, target.userId]);
    await m.query(`DELETE FROM notification WHERE "workspaceId" = $1 AND "userId" = $2`, [ws, target.userId]);
    await m.query(`DELETE FROM membership WHERE "workspaceId" = $1 AND "userId" = $2`, [ws, target.userId]);
    await this.audit.record(
      {
        workspaceId: ws,
        action,
        actor: caller.audit,
        target: { type: 'user', id: target.userId, label: target.email },
        changes: { role: target.role, clientsReassigned: managed, ...(reassignTo ? { reassignedTo: reassignTo } : {}) },
      },
      m,
    );
  }
}
