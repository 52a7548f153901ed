import type { EntityManager } from 'typeorm';
import { addDays, defaultBillRate } from '@clientflow/domain';
import { Membership } from '../identity/membership.entity';
import { Project } from '../projects/project.entity';
import { TimeEntry } from './time-entry.entity';

const WORK = ['Design review', 'Implementation', 'Client call', 'QA pass', 'Copy edits', 'Planning'];

/**
 * Demo cost rates and three weeks of time on the workspace's open projects (run after the projects are seeded;
 * without projects it only sets the cost rates). `today` is the demo's reference date.
 */
export async function seedTime(m: EntityManager, workspaceId: string, userIds: string[], today: string): Promise<void> {
  for (const [i, userId] of userIds.entries()) {
    await m
      .getRepository(Membership)
      .update({ workspaceId, userId }, { costRate: [7_500, 6_000, 5_000, 3_500][i % 4] });
  }
  const projects = await m
    .getRepository(Project)
    // Projects seeded in one transaction share createdAt: the name breaks the tie, so the same projects get time
    // on every run (the billing seed's draft invoice is built from it).
    .find({ where: { workspaceId }, order: { createdAt: 'ASC', name: 'ASC' }, take: 12 });
  const rows: Partial<TimeEntry>[] = [];
  for (const [p, project] of projects.entries()) {
    if (project.status === 'CANCELLED') continue;
    for (let d = 0; d < 21; d += 1 + ((p + d) % 3)) {
      const userId = userIds[(p + d) % userIds.length];
      rows.push({
        workspaceId,
        userId,
        projectId: project.id,
        clientId: project.clientId,
        date: addDays(today, -d),
        minutes: 30 + ((p * 37 + d * 23) % 7) * 30,
        billable: (p + d) % 5 !== 0,
        billRate: defaultBillRate(project),
        costRate: [7_500, 6_000, 5_000, 3_500][userIds.indexOf(userId) % 4],
        description: WORK[(p + d) % WORK.length],
      });
    }
  }
  if (rows.length) await m.getRepository(TimeEntry).insert(rows);
}
