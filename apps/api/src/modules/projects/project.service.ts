import {
  assertProjectTransition,
  badInput,
  cleanText,
  forbidden,
  foldForSearch,
  isoWeekStart,
  addDays,
  notFound,
  projectTransitionEvent,
  validateProjectFields,
  type ProjectStatus,
} from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { escapeLike } from '../../platform/db/sql';
import { Client } from '../clients/client.entity';
import type { ClientService } from '../clients/client.service';
import { Comment } from '../deliverables/comment.entity';
import { Deliverable } from '../deliverables/deliverable.entity';
import { TimeEntry } from '../time/time-entry.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { Milestone } from './milestone.entity';
import { Project } from './project.entity';
import type { CreateProjectInput, ProjectFilter, ProjectSort, UpdateProjectInput } from './project.inputs';
import { Task } from './task.entity';

export const MAX_PROJECT_PAGE = 100;

const SORT_COLUMNS = {
  NAME: 'p.name',
  CREATED_AT: 'p."createdAt"',
  START_DATE: 'p."startDate"',
  END_DATE: 'p."estimatedEndDate"',
  VALUE: 'p.value',
} as const;

/** Rows that carry the project's client (denormalised for portal/member scoping) and move with it. */
const CHILDREN = [Task, Milestone, Deliverable, Comment, TimeEntry];

/** What a completed project asks of the feedback module (FeedbackService): an NPS request, unless one is open. */
export interface CompletionFeedback {
  requestOnCompletion(tx: TenantScope, project: { id: string; clientId: string | null }): Promise<void>;
}

export class ProjectService {
  constructor(
    private readonly timeline: TimelineService,
    private readonly clients: ClientService,
    private readonly feedback: CompletionFeedback,
  ) {}

  async list(
    scope: TenantScope,
    filter: ProjectFilter,
    sort: ProjectSort,
    page: { offset: number; limit: number },
    /** `today`: the workspace-local calendar date, so "overdue" and "this week" agree with the dashboard. */
    opts: { canSeeFinancials: boolean; today: string },
  ) {
    if (page.limit < 1 || page.limit > MAX_PROJECT_PAGE)
      throw badInput('page.limit', `limit must be from 1 to ${MAX_PROJECT_PAGE}`);
    if (sort.field === 'VALUE' && !opts.canSeeFinancials)
      throw forbidden('Sorting by value needs permission to view financials');
    // Projects of clients in the deleted-clients bin leave the lists with their client.
    const qb = scope
      .query(Project, 'p')
      .leftJoin(Client, 'c', 'c.id = p."clientId" AND c."deletedAt" IS NULL')
      .andWhere('(p."clientId" IS NULL OR c.id IS NOT NULL)');
    if (filter.clientId) qb.andWhere('p."clientId" = :clientId', { clientId: filter.clientId });
    if (filter.status?.length) qb.andWhere('p.status IN (:...statuses)', { statuses: filter.status });
    const term = filter.search ? foldForSearch(filter.search.trim()) : '';
    if (term) {
      qb.andWhere(`cf_fold(p.name || ' ' || coalesce(c.name, '')) LIKE :term`, { term: `%${escapeLike(term)}%` });
    }
    if (filter.overdue === true) {
      qb.andWhere(`p.status IN ('ACTIVE', 'PAUSED') AND p."estimatedEndDate" < :today`, { today: opts.today });
    }
    if (filter.overdue === false) {
      qb.andWhere(`NOT (p.status IN ('ACTIVE', 'PAUSED') AND coalesce(p."estimatedEndDate" < :today, false))`, {
        today: opts.today,
      });
    }
    if (filter.deliverables) {
      const due = filter.deliverables === 'DUE_THIS_WEEK';
      const weekStart = isoWeekStart(opts.today);
      qb.andWhere(
        `EXISTS (SELECT 1 FROM deliverable d WHERE d."projectId" = p.id AND d."workspaceId" = p."workspaceId" AND ${
          due
            ? `d."dueDate" BETWEEN :weekStart AND :weekEnd AND d.status <> 'APPROVED'`
            : `d.status = 'PENDING_APPROVAL'`
        })`,
        { weekStart, weekEnd: addDays(weekStart, 6) },
      );
    }
    const [nodes, totalCount] = await qb
      .orderBy(SORT_COLUMNS[sort.field], sort.direction, 'NULLS LAST')
      .addOrderBy('p.id', 'ASC')
      // offset/limit, not skip/take: the client join is one-to-one, so TypeORM's DISTINCT pre-query is not needed.
      .offset(page.offset)
      .limit(page.limit)
      .getManyAndCount();
    return { nodes, totalCount, hasMore: page.offset + nodes.length < totalCount };
  }

  get(scope: TenantScope, id: string): Promise<Project> {
    return scope.findById(Project, id, 'Project');
  }

  /** Which of `ids` are projects of the client (choices that must stay within one client, e.g. the portal's selection). */
  async idsOfClient(scope: TenantScope, clientId: string, ids: string[]): Promise<string[]> {
    const rows = await scope
      .query(Project, 'p')
      .select('p.id', 'id')
      .andWhere('p."clientId" = :cid AND p.id IN (:...ids)', { cid: clientId, ids })
      .getRawMany<{ id: string }>();
    return rows.map((r) => r.id);
  }

  async create(scope: TenantScope, actorUserId: string, input: CreateProjectInput): Promise<Project> {
    if (!input.clientId === !input.newClient)
      throw badInput('clientId', 'Choose an existing client or create a new one (not both)');
    const fields = {
      name: input.name.trim(),
      description: cleanText(input.description),
      type: input.type ?? 'OTHER',
      startDate: input.startDate ?? null,
      estimatedEndDate: input.estimatedEndDate ?? null,
      value: input.value ?? 0,
      billingMode: input.billingMode ?? 'FIXED',
      hourlyRate: input.hourlyRate ?? null,
      budgetMinutes: input.budgetMinutes ?? null,
      progressOverride: input.progressOverride ?? null,
    };
    // Validated before anything is written, so a bad project never leaves a new client behind.
    validateProjectFields(fields);
    return scope.transaction(async (tx) => {
      const client = input.clientId
        ? await tx.findById(Client, input.clientId, 'Client')
        : await this.clients.create(tx, input.newClient!);
      const project = await tx.insert(Project, { ...fields, clientId: client.id, status: 'ACTIVE' });
      await this.timeline.record(tx, {
        clientId: client.id,
        projectId: project.id,
        type: 'PROJECT',
        summary: `Project "${project.name}" started`,
        authorUserId: actorUserId,
        metadata: { source: 'projects', action: 'CREATED', status: 'ACTIVE' },
      });
      await this.clients.recomputeProjectTotals(tx, client.id);
      return project;
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateProjectInput): Promise<Project> {
    return scope.transaction(async (tx) => {
      const current = await this.lock(tx, id);
      const patch: Partial<Project> = {};
      if (input.name != null) patch.name = input.name.trim();
      if (input.description !== undefined) patch.description = cleanText(input.description);
      if (input.type != null) patch.type = input.type;
      if (input.billingMode != null) patch.billingMode = input.billingMode;
      if (input.value != null) patch.value = input.value;
      const nullable = ['startDate', 'estimatedEndDate', 'hourlyRate', 'budgetMinutes', 'progressOverride'] as const;
      for (const key of nullable)
        if (input[key] !== undefined) (patch as Record<string, unknown>)[key] = input[key] ?? null;
      if (input.name === null) throw badInput('name', 'name cannot be empty');
      const next = { ...current, ...patch };
      validateProjectFields(next);
      if (Object.keys(patch).length) await tx.update(Project, id, patch, 'Project');
      if (patch.value !== undefined && current.clientId)
        await this.clients.recomputeProjectTotals(tx, current.clientId);
      return tx.findById(Project, id, 'Project');
    });
  }

  async changeStatus(scope: TenantScope, id: string, to: ProjectStatus, actorUserId: string): Promise<Project> {
    return scope.transaction(async (tx) => {
      const current = await this.lock(tx, id);
      if (current.status === to) return current;
      assertProjectTransition(current.status, to);
      const patch: Partial<Project> = { status: to };
      if (to === 'COMPLETED') patch.completedAt = new Date();
      if (to === 'ACTIVE' && current.status === 'COMPLETED') patch.completedAt = null;
      await tx.update(Project, id, patch, 'Project');
      const summary = projectTransitionEvent(current.status, to, current.name);
      if (current.clientId && summary) {
        await this.timeline.record(tx, {
          clientId: current.clientId,
          projectId: id,
          type: 'PROJECT',
          summary,
          authorUserId: actorUserId,
          metadata: { source: 'projects', action: 'STATUS_CHANGE', from: current.status, to },
        });
      }
      if (current.clientId) await this.clients.recomputeProjectTotals(tx, current.clientId);
      if (to === 'COMPLETED') await this.feedback.requestOnCompletion(tx, current);
      return tx.findById(Project, id, 'Project');
    });
  }

  /** Moves the project (and every row that carries its client) to another client; events on both clients. */
  async link(scope: TenantScope, id: string, clientId: string, actorUserId: string): Promise<Project> {
    return scope.transaction(async (tx) => {
      const current = await this.lock(tx, id);
      const target = await tx.findById(Client, clientId, 'Client');
      if (current.clientId === target.id) return current;
      await this.moveTo(tx, current, target.id);
      if (current.clientId) {
        await this.recordLink(
          tx,
          current,
          current.clientId,
          `Project "${current.name}" moved to ${target.name}`,
          actorUserId,
          'UNLINKED',
        );
        await this.clients.recomputeProjectTotals(tx, current.clientId);
      }
      await this.recordLink(tx, current, target.id, `Project "${current.name}" linked`, actorUserId, 'LINKED');
      await this.clients.recomputeProjectTotals(tx, target.id);
      return tx.findById(Project, id, 'Project');
    });
  }

  async unlink(scope: TenantScope, id: string, actorUserId: string): Promise<Project> {
    // An unlinked project is only visible to roles that see every client: it would vanish mid-edit for the others.
    if (scope.assignedUserId)
      throw forbidden('Your role can only move projects between your clients; ask a manager to unlink it');
    return scope.transaction(async (tx) => {
      const current = await this.lock(tx, id);
      if (!current.clientId) return current;
      await this.moveTo(tx, current, null);
      await this.recordLink(
        tx,
        current,
        current.clientId,
        `Project "${current.name}" unlinked`,
        actorUserId,
        'UNLINKED',
      );
      await this.clients.recomputeProjectTotals(tx, current.clientId);
      return tx.findById(Project, id, 'Project');
    });
  }

  /** Hard delete; tasks, milestones, deliverables, comments and time entries go with it (FK cascade). */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      const current = await this.lock(tx, id);
      await tx.delete(Project, id, 'Project');
      if (current.clientId) await this.clients.recomputeProjectTotals(tx, current.clientId);
    });
  }

  private async moveTo(tx: TenantScope, project: Project, clientId: string | null): Promise<void> {
    await tx.update(Project, project.id, { clientId }, 'Project');
    for (const entity of CHILDREN) {
      await tx.manager
        .createQueryBuilder()
        .update(entity)
        .set({ clientId } as never)
        .where('"projectId" = :pid AND "workspaceId" = :ws', { pid: project.id, ws: tx.workspaceId })
        .execute();
    }
  }

  private recordLink(
    tx: TenantScope,
    p: Project,
    clientId: string,
    summary: string,
    actorUserId: string,
    action: string,
  ) {
    return this.timeline.record(tx, {
      clientId,
      projectId: p.id,
      type: 'PROJECT',
      summary,
      authorUserId: actorUserId,
      metadata: { source: 'projects', action },
    });
  }

  private async lock(tx: TenantScope, id: string): Promise<Project> {
    if (!isUuid(id)) throw notFound('Project');
    const row = await tx.query(Project, 'p').andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw notFound('Project');
    return row;
  }
}
