import type { EntityManager } from 'typeorm';
import { Project } from '../projects/project.entity';
import { Comment } from './comment.entity';
import { DeliverableDecisionRecord } from './deliverable-decision.entity';
import { Deliverable } from './deliverable.entity';

const DAY = 24 * 3600 * 1000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * Demo deliverables on the workspace's first client-linked projects (run after the projects seed; a workspace
 * without projects gets none): one approved after a change request, one awaiting approval, one overdue.
 */
export async function seedDeliverables(m: EntityManager, workspaceId: string, userId: string): Promise<void> {
  const projects = await m
    .getRepository(Project)
    .createQueryBuilder('p')
    .where('p."workspaceId" = :workspaceId AND p."clientId" IS NOT NULL', { workspaceId })
    .orderBy('p."createdAt"', 'ASC')
    .limit(3)
    .getMany();
  for (const [i, project] of projects.entries()) {
    const base = { workspaceId, projectId: project.id, clientId: project.clientId };
    const approved = await m.getRepository(Deliverable).save(
      m.getRepository(Deliverable).create({
        ...base,
        title: 'Brand guidelines',
        description: 'Logo usage, colours and typography.',
        status: 'APPROVED',
        version: 2,
        dueDate: isoDay(-10 - i),
        decidedAt: new Date(Date.now() - 8 * DAY),
        decidedByUserId: userId,
        decisionComment: 'Approved by email',
      }),
    );
    const decided = { workspaceId, clientId: project.clientId, deliverableId: approved.id, decidedByUserId: userId };
    await m.getRepository(DeliverableDecisionRecord).insert([
      {
        ...decided,
        version: 1,
        status: 'CHANGES_REQUESTED' as const,
        comment: 'Use the darker blue.',
        decidedAt: new Date(Date.now() - 12 * DAY),
      },
      {
        ...decided,
        version: 2,
        status: 'APPROVED' as const,
        comment: 'Approved by email',
        decidedAt: new Date(Date.now() - 8 * DAY),
      },
    ]);
    const pending = await m.getRepository(Deliverable).save(
      m.getRepository(Deliverable).create({
        ...base,
        title: 'Homepage design',
        description: 'Desktop and mobile mock-ups.',
        status: 'PENDING_APPROVAL',
        version: 1,
        dueDate: isoDay(5 + i),
      }),
    );
    await m.getRepository(Comment).insert([
      {
        ...base,
        targetType: 'DELIVERABLE',
        deliverableId: pending.id,
        body: 'Hero image still a placeholder.',
        internal: true,
        authorUserId: userId,
        createdAt: new Date(Date.now() - 2 * DAY),
      },
      {
        ...base,
        targetType: 'DELIVERABLE',
        deliverableId: pending.id,
        body: 'Here is the first pass — let us know what you think.',
        internal: false,
        authorUserId: userId,
        createdAt: new Date(Date.now() - DAY),
      },
    ]);
    await m
      .getRepository(Deliverable)
      .insert({ ...base, title: 'Launch checklist', status: 'PENDING_APPROVAL', version: 1, dueDate: isoDay(-3) });
  }
}
