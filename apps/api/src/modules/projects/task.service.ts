import { badInput, cleanText, isIsoDate, notFound } from '@clientflow/domain';
import { isUuid, type TenantScope } from '../../platform/db/tenant-scope';
import { Membership } from '../identity/membership.entity';
import { Milestone } from './milestone.entity';
import { Project } from './project.entity';
import type { CreateMilestoneInput, CreateTaskInput, UpdateMilestoneInput, UpdateTaskInput } from './project.inputs';
import { Task } from './task.entity';

const checkDate = (field: string, value: string | null | undefined) => {
  if (value && !isIsoDate(value)) throw badInput(field, `${field} must be a real date (YYYY-MM-DD)`);
};

/** Tasks and milestones of a project; they carry the project's client so scoping follows the project. */
export class TaskService {
  async createTask(scope: TenantScope, input: CreateTaskInput): Promise<Task> {
    checkDate('dueDate', input.dueDate);
    const title = cleanText(input.title);
    if (!title) throw badInput('title', 'title is required');
    return scope.transaction(async (tx) => {
      const project = await this.lockProject(tx, input.projectId);
      if (input.assigneeId) await this.assertMember(tx, input.assigneeId);
      const { max } = (await tx
        .query(Task, 't')
        .select('max(t.position)', 'max')
        .andWhere('t."projectId" = :pid', { pid: project.id })
        .getRawOne<{ max: number | null }>()) ?? { max: null };
      const status = input.status ?? 'TODO';
      return tx.insert(Task, {
        projectId: project.id,
        clientId: project.clientId,
        title,
        description: cleanText(input.description),
        status,
        assigneeId: input.assigneeId ?? null,
        dueDate: input.dueDate ?? null,
        clientVisible: input.clientVisible ?? false,
        position: max === null ? 0 : Number(max) + 1,
        completedAt: status === 'DONE' ? new Date() : null,
      });
    });
  }

  async updateTask(scope: TenantScope, id: string, input: UpdateTaskInput): Promise<Task> {
    checkDate('dueDate', input.dueDate);
    return scope.transaction(async (tx) => {
      const task = await tx.findById(Task, id, 'Task');
      const patch: Partial<Task> = {};
      if (input.title !== undefined) {
        const title = cleanText(input.title);
        if (!title) throw badInput('title', 'title cannot be empty');
        patch.title = title;
      }
      if (input.description !== undefined) patch.description = cleanText(input.description);
      if (input.assigneeId !== undefined) {
        if (input.assigneeId) await this.assertMember(tx, input.assigneeId);
        patch.assigneeId = input.assigneeId ?? null;
      }
      if (input.dueDate !== undefined) patch.dueDate = input.dueDate ?? null;
      if (input.clientVisible != null) patch.clientVisible = input.clientVisible;
      if (input.status != null && input.status !== task.status) {
        patch.status = input.status;
        patch.completedAt = input.status === 'DONE' ? new Date() : null;
      }
      if (Object.keys(patch).length) await tx.update(Task, id, patch, 'Task');
      return tx.findById(Task, id, 'Task');
    });
  }

  /** Puts the task at `position` (0-based, clamped) among its project's tasks and renumbers them 0..n-1. */
  async moveTask(scope: TenantScope, id: string, position: number): Promise<Project> {
    if (!Number.isInteger(position) || position < 0) throw badInput('position', 'position must be zero or more');
    return scope.transaction(async (tx) => {
      const task = await tx.findById(Task, id, 'Task');
      const project = await this.lockProject(tx, task.projectId);
      const tasks = await tx
        .query(Task, 't')
        .andWhere('t."projectId" = :pid', { pid: project.id })
        .orderBy('t.position', 'ASC')
        .addOrderBy('t."createdAt"', 'ASC')
        .addOrderBy('t.id', 'ASC')
        .getMany();
      const rest = tasks.filter((t) => t.id !== id);
      rest.splice(Math.min(position, rest.length), 0, task);
      for (const [i, t] of rest.entries()) if (t.position !== i) await tx.update(Task, t.id, { position: i }, 'Task');
      return project;
    });
  }

  async deleteTask(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      const task = await tx.findById(Task, id, 'Task');
      await tx.delete(Task, task.id, 'Task');
    });
  }

  async createMilestone(scope: TenantScope, input: CreateMilestoneInput): Promise<Milestone> {
    checkDate('dueDate', input.dueDate);
    const name = cleanText(input.name);
    if (!name) throw badInput('name', 'name is required');
    return scope.transaction(async (tx) => {
      const project = await this.lockProject(tx, input.projectId);
      return tx.insert(Milestone, {
        projectId: project.id,
        clientId: project.clientId,
        name,
        dueDate: input.dueDate ?? null,
      });
    });
  }

  async updateMilestone(scope: TenantScope, id: string, input: UpdateMilestoneInput): Promise<Milestone> {
    checkDate('dueDate', input.dueDate);
    return scope.transaction(async (tx) => {
      const milestone = await tx.findById(Milestone, id, 'Milestone');
      const patch: Partial<Milestone> = {};
      if (input.name !== undefined) {
        const name = cleanText(input.name);
        if (!name) throw badInput('name', 'name cannot be empty');
        patch.name = name;
      }
      if (input.dueDate !== undefined) patch.dueDate = input.dueDate ?? null;
      if (input.done != null && input.done !== milestone.done) {
        patch.done = input.done;
        patch.doneAt = input.done ? new Date() : null;
      }
      if (Object.keys(patch).length) await tx.update(Milestone, id, patch, 'Milestone');
      return tx.findById(Milestone, id, 'Milestone');
    });
  }

  async deleteMilestone(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      await tx.findById(Milestone, id, 'Milestone');
      await tx.delete(Milestone, id, 'Milestone');
    });
  }

  /** Locks the project row so concurrent reorders of its tasks serialise. */
  private async lockProject(tx: TenantScope, id: string): Promise<Project> {
    if (!isUuid(id)) throw notFound('Project');
    const row = await tx.query(Project, 'p').andWhere('p.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw notFound('Project');
    return row;
  }

  private async assertMember(tx: TenantScope, userId: string): Promise<void> {
    const member =
      isUuid(userId) && (await tx.query(Membership, 'm').andWhere('m."userId" = :userId', { userId }).getExists());
    if (!member) throw badInput('assigneeId', 'The assignee must be a member of this workspace');
  }
}
