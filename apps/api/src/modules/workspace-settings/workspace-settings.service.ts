import type { DataSource } from 'typeorm';
import {
  assertDeletionConfirmed,
  changedFields,
  validateWorkspaceSettings,
  validateWorkspaceSlug,
  badInput,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { JobQueue } from '../../platform/jobs/job-queue';
import { logger } from '../../platform/logger/logger';
import type { AuditActor, AuditService } from '../audit/audit.service';
import { Membership } from '../identity/membership.entity';
import { Workspace } from '../identity/workspace.entity';
import { workspaceLogoPath } from '../identity/workspace-logo.router';
import type { UpdateWorkspaceSettingsInput } from './workspace-settings.inputs';
import { prepareWorkspaceLogo } from './workspace-logo';
import { WorkspaceSlugHistory } from './workspace-slug-history.entity';
import type { WorkspacePurge } from './workspace-purge';

export const WORKSPACE_PURGE_TASK = 'workspace.purge';

/**
 * The workspace row is the tenant itself (it has no workspaceId column), so the scope's own workspace id is the filter:
 * a caller can only ever read or change the workspace their session belongs to. Every change is audited in its own
 * transaction.
 */
export class WorkspaceSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly jobs: JobQueue,
    private readonly purger: WorkspacePurge,
    /** The client portal's origin (PORTAL_ORIGIN): the settings page previews portal URLs with it. */
    readonly portalOrigin: string,
  ) {}

  get(scope: TenantScope): Promise<Workspace> {
    return scope.manager.getRepository(Workspace).findOneByOrFail({ id: scope.workspaceId });
  }

  /** Slugs the workspace used before (newest first): their portal URLs redirect to the current one. */
  async previousSlugs(scope: TenantScope): Promise<string[]> {
    const rows = await scope.manager
      .getRepository(WorkspaceSlugHistory)
      .find({ where: { workspaceId: scope.workspaceId }, order: { changedAt: 'DESC' } });
    return rows.map((r) => r.slug);
  }

  async update(scope: TenantScope, input: UpdateWorkspaceSettingsInput, actor: AuditActor): Promise<Workspace> {
    const patch = validateWorkspaceSettings(input);
    return scope.transaction(async (tx) => {
      const before = await this.lock(tx);
      const changes = changedFields(before, patch);
      if (Object.keys(changes).length) {
        await tx.manager.getRepository(Workspace).update({ id: tx.workspaceId }, patch);
        await this.audit.record(
          {
            workspaceId: tx.workspaceId,
            action: 'workspace.settingsChanged',
            actor,
            target: this.target(before),
            changes,
          },
          tx.manager,
        );
      }
      return tx.manager.getRepository(Workspace).findOneByOrFail({ id: tx.workspaceId });
    });
  }

  /**
   * A new address. Free means: no other workspace has it now or had it before (old portal links keep pointing at
   * their workspace). The previous slug is kept in the history; taking back one of our own old slugs is allowed.
   */
  async changeSlug(scope: TenantScope, input: string, actor: AuditActor): Promise<Workspace> {
    const slug = validateWorkspaceSlug(input);
    return scope.transaction(async (tx) => {
      // One slug change at a time across workspaces: the check below spans two tables.
      await tx.manager.query(`SELECT pg_advisory_xact_lock(hashtext('clientflow.workspace-slug'))`);
      const before = await this.lock(tx);
      if (before.slug === slug) return before;
      const taken: unknown[] = await tx.manager.query(
        `SELECT 1 FROM workspace WHERE slug = $1 AND id <> $2
         UNION ALL SELECT 1 FROM workspace_slug_history WHERE slug = $1 AND "workspaceId" <> $2`,
        [slug, tx.workspaceId],
      );
      if (taken.length) throw badInput('slug', 'This address is already taken; choose another');
      const history = tx.manager.getRepository(WorkspaceSlugHistory);
      await history.delete({ workspaceId: tx.workspaceId, slug });
      await history.insert({ workspaceId: tx.workspaceId, slug: before.slug });
      await tx.manager.getRepository(Workspace).update({ id: tx.workspaceId }, { slug });
      await this.audit.record(
        {
          workspaceId: tx.workspaceId,
          action: 'workspace.slugChanged',
          actor,
          target: this.target(before),
          changes: { slug: { from: before.slug, to: slug } },
        },
        tx.manager,
      );
      return tx.manager.getRepository(Workspace).findOneByOrFail({ id: tx.workspaceId });
    });
  }

  /** Stores a checked and sanitised logo (see `prepareWorkspaceLogo`); answers its new URL and size. */
  async setLogo(scope: TenantScope, file: { fileName: string; bytes: Buffer }, actor: AuditActor) {
    const logo = await prepareWorkspaceLogo(file.fileName, file.bytes);
    return scope.transaction(async (tx) => {
      const before = await this.lock(tx);
      const logoUpdatedAt = new Date();
      await tx.manager
        .getRepository(Workspace)
        .update({ id: tx.workspaceId }, { logo: logo.bytes, logoContentType: logo.contentType, logoUpdatedAt });
      await this.audit.record(
        {
          workspaceId: tx.workspaceId,
          action: 'workspace.logoChanged',
          actor,
          target: this.target(before),
          changes: {
            logo: { from: before.logoContentType, to: logo.contentType },
            fileName: file.fileName.slice(0, 200),
          },
        },
        tx.manager,
      );
      return {
        logoUrl: workspaceLogoPath({ id: tx.workspaceId, logoContentType: logo.contentType, logoUpdatedAt })!,
        contentType: logo.contentType,
        width: logo.width,
        height: logo.height,
      };
    });
  }

  async removeLogo(scope: TenantScope, actor: AuditActor): Promise<void> {
    await scope.transaction(async (tx) => {
      const before = await this.lock(tx);
      if (!before.logoContentType) return;
      await tx.manager
        .getRepository(Workspace)
        .update({ id: tx.workspaceId }, { logo: null, logoContentType: null, logoUpdatedAt: new Date() });
      await this.audit.record(
        {
          workspaceId: tx.workspaceId,
          action: 'workspace.logoChanged',
          actor,
          target: this.target(before),
          changes: { logo: { from: before.logoContentType, to: null } },
        },
        tx.manager,
      );
    });
  }

  /**
   * Deletes the workspace (OWNER, typed confirmation). At once: the workspace is marked (the viewer re-read refuses
   * every staff and portal session of it) and its memberships end. The purge job, queued in the same transaction,
   * then removes the data and files. The slug stays taken until the row is gone.
   */
  async requestDeletion(scope: TenantScope, confirmName: string, actor: AuditActor): Promise<void> {
    await scope.transaction(async (tx) => {
      const workspace = await this.lock(tx);
      assertDeletionConfirmed(workspace.name, confirmName);
      await tx.manager.getRepository(Workspace).update({ id: tx.workspaceId }, { deletionRequestedAt: new Date() });
      await this.audit.record(
        { workspaceId: tx.workspaceId, action: 'workspace.deletionRequested', actor, target: this.target(workspace) },
        tx.manager,
      );
      await tx.manager.getRepository(Membership).delete({ workspaceId: tx.workspaceId });
      await this.jobs.add(
        tx.manager,
        WORKSPACE_PURGE_TASK,
        { workspaceId: tx.workspaceId },
        { jobKey: `workspace-purge:${tx.workspaceId}`, maxAttempts: 10 },
      );
    });
    // The audit row goes with the workspace; this line stays in the server's log.
    logger.warn(
      {
        workspaceId: scope.workspaceId,
        actorUserId: actor.viewer?.kind === 'staff' ? actor.viewer.userId : null,
        ip: actor.ip,
      },
      'workspace deletion requested',
    );
  }

  /** Another live workspace of the user (oldest membership first), to continue in after a deletion. */
  async nextWorkspaceOf(userId: string): Promise<string | null> {
    const rows: { workspaceId: string }[] = await this.dataSource.query(
      `SELECT m."workspaceId" FROM membership m JOIN workspace w ON w.id = m."workspaceId"
        WHERE m."userId" = $1 AND w."deletionRequestedAt" IS NULL ORDER BY m."createdAt" LIMIT 1`,
      [userId],
    );
    return rows[0]?.workspaceId ?? null;
  }

  purge(workspaceId: string): Promise<void> {
    return this.purger.purge(workspaceId);
  }

  private lock(tx: TenantScope): Promise<Workspace> {
    return tx.manager
      .getRepository(Workspace)
      .createQueryBuilder('w')
      .setLock('pessimistic_write')
      .where('w.id = :id', { id: tx.workspaceId })
      .getOneOrFail();
  }

  private target(w: Workspace) {
    return { type: 'workspace', id: w.id, label: w.name };
  }
}
