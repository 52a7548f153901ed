import {
  assertEntryEditable,
  badInput,
  buildTimesheet,
  checkTimeEntry,
  defaultBillRate,
  DomainError,
  forbidden,
  localDate,
  notFound,
  timerMinutes,
  weekDays,
  type Permission,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { isUuid } from '../../platform/db/tenant-scope';
import { escapeLike } from '../../platform/db/sql';
import { Membership } from '../identity/membership.entity';
import { Workspace } from '../identity/workspace.entity';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';
import { RunningTimer } from './running-timer.entity';
import { TimeEntry } from './time-entry.entity';
import type { LogTimeInput, StartTimerInput, UpdateTimeEntryInput } from './time.inputs';

export interface TimeActor {
  userId: string;
  permissions: readonly Permission[];
}

const canSeeFinancials = (a: TimeActor) => a.permissions.includes('financials.view');
const canManage = (a: TimeActor) => a.permissions.includes('workspace.manage');

/** Time entries, running timers and timesheets. Every read and write goes through the caller's TenantScope. */
export class TimeService {
  async timezone(scope: TenantScope): Promise<string> {
    const ws = await scope.manager
      .getRepository(Workspace)
      .findOne({ where: { id: scope.workspaceId }, select: { id: true, timezone: true } });
    return ws?.timezone ?? 'UTC';
  }

  async logTime(scope: TenantScope, actor: TimeActor, input: LogTimeInput): Promise<TimeEntry> {
    checkTimeEntry(input);
    if (input.costRate != null && !canSeeFinancials(actor))
      throw forbidden('Setting a cost rate needs permission to view financials');
    return scope.transaction(async (tx) => {
      const project = await this.reachableProject(tx, input.projectId);
      const taskId = await this.taskOf(tx, project.id, input.taskId ?? null);
      return tx.insert(TimeEntry, {
        userId: actor.userId,
        projectId: project.id,
        clientId: project.clientId,
        taskId,
        date: input.date,
        minutes: input.minutes,
        billable: input.billable ?? true,
        billRate: input.billRate ?? defaultBillRate(project),
        costRate: input.costRate ?? (await this.memberCostRate(tx, actor.userId)),
        description: input.description?.trim() || null,
      });
    });
  }

  async updateEntry(scope: TenantScope, actor: TimeActor, id: string, input: UpdateTimeEntryInput): Promise<TimeEntry> {
    checkTimeEntry({
      ...input,
      date: input.date === null ? undefined : input.date,
      minutes: input.minutes === null ? undefined : input.minutes,
    });
    if (input.costRate != null && !canSeeFinancials(actor))
      throw forbidden('Setting a cost rate needs permission to view financials');
    return scope.transaction(async (tx) => {
      const entry = await this.editableEntry(tx, actor, id);
      const patch: Partial<TimeEntry> = {};
      let projectId = entry.projectId;
      if (input.projectId != null && input.projectId !== entry.projectId) {
        const project = await this.reachableProject(tx, input.projectId);
        projectId = project.id;
        patch.projectId = project.id;
        patch.clientId = project.clientId;
        if (input.taskId === undefined) patch.taskId = null;
      }
      if (input.taskId !== undefined) patch.taskId = await this.taskOf(tx, projectId, input.taskId);
      if (input.date != null) patch.date = input.date;
      if (input.minutes != null) patch.minutes = input.minutes;
      if (input.billable != null) patch.billable = input.billable;
      if (input.description !== undefined) patch.description = input.description?.trim() || null;
      if (input.billRate != null) patch.billRate = input.billRate;
      if (input.costRate != null) patch.costRate = input.costRate;
      if (Object.keys(patch).length) await tx.update(TimeEntry, entry.id, patch, 'Time entry');
      return tx.findById(TimeEntry, entry.id, 'Time entry');
    });
  }

  async deleteEntry(scope: TenantScope, actor: TimeActor, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      const entry = await this.editableEntry(tx, actor, id);
      await tx.delete(TimeEntry, entry.id, 'Time entry');
    });
  }

  async runningTimer(scope: TenantScope, userId: string): Promise<RunningTimer | null> {
    return scope.query(RunningTimer, 't').andWhere('t."userId" = :userId', { userId }).getOne();
  }

  /** Starts a timer; a running one is stopped first (its time entry is written) in the same transaction. */
  async startTimer(
    scope: TenantScope,
    actor: TimeActor,
    input: StartTimerInput,
    now = new Date(),
  ): Promise<{ timer: RunningTimer; stopped: TimeEntry | null }> {
    checkTimeEntry({ description: input.description });
    return scope.transaction(async (tx) => {
      const project = await this.reachableProject(tx, input.projectId);
      const taskId = await this.taskOf(tx, project.id, input.taskId ?? null);
      const stopped = await this.stopRunning(tx, actor, now);
      const timer = await tx.insert(RunningTimer, {
        userId: actor.userId,
        projectId: project.id,
        clientId: project.clientId,
        taskId,
        description: input.description?.trim() || null,
        startedAt: now,
      });
      return { timer, stopped };
    });
  }

  async stopTimer(scope: TenantScope, actor: TimeActor, now = new Date()): Promise<TimeEntry> {
    return scope.transaction(async (tx) => {
      const entry = await this.stopRunning(tx, actor, now);
      if (!entry) throw notFound('Running timer');
      return entry;
    });
  }

  async discardTimer(scope: TenantScope, actor: TimeActor): Promise<void> {
    const timer = await this.runningTimer(scope, actor.userId);
    if (!timer) throw notFound('Running timer');
    await scope.delete(RunningTimer, timer.id, 'Running timer');
  }

  async timesheet(scope: TenantScope, userId: string, weekStart: string) {
    const days = weekDays(weekStart);
    if (!isUuid(userId)) throw notFound('Member');
    const entries = await scope
      .query(TimeEntry, 'e')
      .andWhere('e."userId" = :userId AND e.date BETWEEN :from AND :to', { userId, from: days[0], to: days[6] })
      .orderBy('e.date', 'ASC')
      .addOrderBy('e."createdAt"', 'ASC')
      .getMany();
    return { weekStart: days[0], userId, ...buildTimesheet(days[0], entries) };
  }

  async assertProject(scope: TenantScope, projectId: string): Promise<void> {
    await scope.findById(Project, projectId, 'Project');
  }

  async assertMember(scope: TenantScope, userId: string): Promise<void> {
    if (!isUuid(userId)) throw notFound('Member');
    const found = await scope.manager
      .getRepository(Membership)
      .exists({ where: { userId, workspaceId: scope.workspaceId } });
    if (!found) throw notFound('Member');
  }

  async setMemberCostRate(scope: TenantScope, userId: string, rate: number): Promise<Membership> {
    if (!Number.isSafeInteger(rate) || rate < 0)
      throw badInput('rate', 'rate must be a non-negative amount in minor units');
    await this.assertMember(scope, userId);
    const repo = scope.manager.getRepository(Membership);
    await repo.update({ userId, workspaceId: scope.workspaceId }, { costRate: rate });
    return repo.findOneByOrFail({ userId, workspaceId: scope.workspaceId });
  }

  /** Projects for pickers: reachable ones, not completed/cancelled, by name. */
  async pickerProjects(scope: TenantScope, search: string | null, first: number) {
    if (first < 1 || first > 100) throw badInput('first', 'first must be between 1 and 100');
    const qb = scope
      .query(Project, 'p')
      .leftJoin('client', 'c', 'c.id = p."clientId"')
      .select([
        'p.id AS id',
        'p.name AS name',
        'p."clientId" AS "clientId"',
        'c.name AS "clientName"',
        'p.status AS status',
      ])
      .andWhere(`p.status IN ('ACTIVE', 'PAUSED')`)
      .orderBy('p.name', 'ASC')
      .limit(first);
    const term = search?.trim();
    if (term) qb.andWhere('(p.name ILIKE :term OR c.name ILIKE :term)', { term: `%${escapeLike(term)}%` });
    return qb.getRawMany<{
      id: string;
      name: string;
      clientId: string | null;
      clientName: string | null;
      status: string;
    }>();
  }

  private async stopRunning(tx: TenantScope, actor: TimeActor, now: Date): Promise<TimeEntry | null> {
    const timer = await tx
      .query(RunningTimer, 't')
      .andWhere('t."userId" = :userId', { userId: actor.userId })
      .setLock('pessimistic_write')
      .getOne();
    if (!timer) return null;
    await tx.delete(RunningTimer, timer.id, 'Running timer');
    const project = await tx.query(Project, 'p').andWhere('p.id = :id', { id: timer.projectId }).getOne();
    if (!project) return null; // the project became unreachable: nothing to log against
    const tz = await this.timezone(tx);
    return tx.insert(TimeEntry, {
      userId: actor.userId,
      projectId: project.id,
      clientId: project.clientId,
      taskId: timer.taskId,
      date: localDate(timer.startedAt, tz),
      minutes: timerMinutes(timer.startedAt, now),
      billable: true,
      billRate: defaultBillRate(project),
      costRate: await this.memberCostRate(tx, actor.userId),
      description: timer.description,
    });
  }

  private async editableEntry(tx: TenantScope, actor: TimeActor, id: string): Promise<TimeEntry> {
    const entry = await tx.findById(TimeEntry, id, 'Time entry');
    if (entry.userId !== actor.userId && !canManage(actor))
      throw forbidden('Only the author or a workspace admin can change this time entry');
    assertEntryEditable(entry);
    return entry;
  }

  private async reachableProject(tx: TenantScope, id: string): Promise<Project> {
    if (!isUuid(id)) throw badInput('projectId', 'Choose a project');
    const project = await tx.query(Project, 'p').andWhere('p.id = :id', { id }).getOne();
    if (!project) throw badInput('projectId', 'That project does not exist or is not visible to you');
    if (project.status === 'CANCELLED')
      throw new DomainError('BAD_USER_INPUT', 'Time cannot be logged on a cancelled project', 'projectId');
    return project;
  }

  private async taskOf(tx: TenantScope, projectId: string, taskId: string | null): Promise<string | null> {
    if (!taskId) return null;
    const task = await tx
      .query(Task, 't')
      .andWhere('t.id = :id AND t."projectId" = :projectId', { id: taskId, projectId })
      .getOne();
    if (!task) throw badInput('taskId', 'That task is not part of the project');
    return task.id;
  }

  private async memberCostRate(tx: TenantScope, userId: string): Promise<number> {
    const m = await tx.manager
      .getRepository(Membership)
      .findOne({ where: { userId, workspaceId: tx.workspaceId }, select: { id: true, costRate: true } });
    return m?.costRate ?? 0;
  }
}
