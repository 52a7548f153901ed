import DataLoader from 'dataloader';
import { localDate } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { TimeEntry } from '../time/time-entry.entity';
import { Milestone } from './milestone.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';
import { groupByKey } from '../../platform/lib/group-by-key';

/** Per-request loaders for everything a project list or page shows: one aggregated query per field per page. */
export function createProjectLoaders(scope: () => TenantScope) {
  const tasksByProject = new DataLoader<string, Task[]>(async (ids) => {
    const rows = await scope()
      .query(Task, 't')
      .andWhere('t."projectId" IN (:...ids)', { ids })
      .orderBy('t.position', 'ASC')
      .addOrderBy('t."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (t) => t.projectId);
  });
  const milestonesByProject = new DataLoader<string, Milestone[]>(async (ids) => {
    const rows = await scope()
      .query(Milestone, 'm')
      .andWhere('m."projectId" IN (:...ids)', { ids })
      .orderBy('m."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('m."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (m) => m.projectId);
  });
  const taskCountsByProject = new DataLoader<string, { done: number; total: number }>(async (ids) => {
    const rows = await scope()
      .query(Task, 't')
      .select('t."projectId"', 'projectId')
      .addSelect('count(*)::int', 'total')
      .addSelect(`count(*) FILTER (WHERE t.status = 'DONE')::int`, 'done')
      .andWhere('t."projectId" IN (:...ids)', { ids })
      .groupBy('t."projectId"')
      .getRawMany<{ projectId: string; total: number; done: number }>();
    const byId = new Map(rows.map((r) => [r.projectId, { done: Number(r.done), total: Number(r.total) }]));
    return ids.map((id) => byId.get(id) ?? { done: 0, total: 0 });
  });
  /** Time tracking writes `time_entry`; projects only read the sum of its minutes. */
  const minutesByProject = new DataLoader<string, number>(async (ids) => {
    const rows = await scope()
      .query(TimeEntry, 'te')
      .select('te."projectId"', 'projectId')
      .addSelect('coalesce(sum(te.minutes), 0)::int', 'minutes')
      .andWhere('te."projectId" IN (:...ids)', { ids })
      .groupBy('te."projectId"')
      .getRawMany<{ projectId: string; minutes: number }>();
    const byId = new Map(rows.map((r) => [r.projectId, Number(r.minutes)]));
    return ids.map((id) => byId.get(id) ?? 0);
  });
  const projectsByClient = new DataLoader<string, Project[]>(async (ids) => {
    const rows = await scope()
      .query(Project, 'p')
      .andWhere('p."clientId" IN (:...ids)', { ids })
      .orderBy('p."createdAt"', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (p) => p.clientId);
  });
  /** A project's client, or null when it is out of reach (in the bin). */
  const projectClientById = new DataLoader<string, Client | null>(async (ids) => {
    const rows = await scope().query(Client, 'c').andWhere('c.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  // The workspace-local calendar date, read once per request: "overdue" and "this week" follow the workspace time zone.
  const workspaceToday = new DataLoader<string, string>(async (ids) => {
    const rows: { id: string; timezone: string }[] = await scope().manager.query(
      `SELECT id, timezone FROM workspace WHERE id = ANY($1)`,
      [ids],
    );
    const now = new Date();
    return ids.map((id) => localDate(now, rows.find((r) => r.id === id)?.timezone ?? 'UTC'));
  });
  return {
    workspaceToday,
    tasksByProject,
    milestonesByProject,
    taskCountsByProject,
    minutesByProject,
    projectsByClient,
    projectClientById,
  };
}
