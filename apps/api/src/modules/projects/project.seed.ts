import type { EntityManager } from 'typeorm';
import type { ProjectStatus, ProjectType, TaskStatus } from '@clientflow/domain';
import { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { recomputeWorkspaceProjectTotals } from '../clients/client-summary';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { Milestone } from './milestone.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';

interface DemoProject {
  name: string;
  type: ProjectType;
  status: ProjectStatus;
  start: string;
  end: string;
  value: number;
  tasks: [string, TaskStatus][];
  milestones: [string, string, boolean][];
}

const PROJECTS: DemoProject[] = [
  {
    name: 'Website redesign',
    type: 'DEVELOPMENT',
    status: 'ACTIVE',
    start: '2026-09-01',
    end: '2027-01-31',
    value: 18_000_00,
    tasks: [
      ['Discovery workshop', 'DONE'],
      ['Sitemap and wireframes', 'DONE'],
      ['Visual design', 'IN_PROGRESS'],
      ['Front-end build', 'TODO'],
      ['Content migration', 'TODO'],
    ],
    milestones: [
      ['Design sign-off', '2026-11-15', false],
      ['Launch', '2027-01-31', false],
    ],
  },
  {
    name: 'Brand identity',
    type: 'DESIGN',
    status: 'COMPLETED',
    start: '2026-03-01',
    end: '2026-06-30',
    value: 9_500_00,
    tasks: [
      ['Moodboards', 'DONE'],
      ['Logo concepts', 'DONE'],
      ['Brand guidelines', 'DONE'],
    ],
    milestones: [
      ['Logo approved', '2026-05-01', true],
      ['Guidelines delivered', '2026-06-30', true],
    ],
  },
  {
    name: 'Spring campaign',
    type: 'MARKETING',
    status: 'ACTIVE',
    start: '2026-02-01',
    end: '2026-04-30',
    value: 6_000_00,
    tasks: [
      ['Campaign brief', 'DONE'],
      ['Ad creatives', 'IN_PROGRESS'],
      ['Landing page', 'TODO'],
    ],
    milestones: [['Campaign live', '2026-03-15', false]],
  },
  {
    name: 'Analytics audit',
    type: 'CONSULTING',
    status: 'ACTIVE',
    start: '2026-10-01',
    end: '2026-12-20',
    value: 4_200_00,
    tasks: [
      ['Tracking review', 'IN_PROGRESS'],
      ['Recommendations deck', 'TODO'],
    ],
    milestones: [['Findings call', '2026-12-01', false]],
  },
  {
    name: 'Mobile app MVP',
    type: 'DEVELOPMENT',
    status: 'PAUSED',
    start: '2026-07-01',
    end: '2027-03-31',
    value: 32_000_00,
    tasks: [
      ['User stories', 'DONE'],
      ['Prototype', 'IN_PROGRESS'],
      ['API integration', 'TODO'],
    ],
    milestones: [
      ['Prototype review', '2026-10-15', true],
      ['Beta', '2027-02-01', false],
    ],
  },
];

/**
 * Demo projects for the first ACTIVE clients of a workspace (one of them overdue, one COMPLETED), with tasks,
 * milestones and PROJECT timeline events, plus one retainer for every other non-prospect client; afterwards every
 * client's counters are recomputed from the project table as the live code does.
 */
export async function seedProjects(m: EntityManager, workspaceId: string, userIds: string[]): Promise<void> {
  const clients = await m
    .getRepository(Client)
    .find({ where: { workspaceId, status: 'ACTIVE' }, order: { name: 'ASC' }, take: 4 });
  for (const [i, demo] of PROJECTS.entries()) {
    const client = clients[i % clients.length];
    if (!client) return;
    const project = await m.getRepository(Project).save(
      m.getRepository(Project).create({
        workspaceId,
        clientId: client.id,
        name: demo.name,
        type: demo.type,
        status: demo.status,
        startDate: demo.start,
        estimatedEndDate: demo.end,
        value: demo.value,
        completedAt: demo.status === 'COMPLETED' ? new Date(`${demo.end}T17:00:00Z`) : null,
      }),
    );
    for (const [position, [title, status]] of demo.tasks.entries()) {
      await m.getRepository(Task).insert({
        workspaceId,
        projectId: project.id,
        clientId: client.id,
        title,
        status,
        position,
        assigneeId: userIds[position % userIds.length],
        clientVisible: position % 2 === 0,
        completedAt: status === 'DONE' ? new Date(`${demo.start}T12:00:00Z`) : null,
      });
    }
    for (const [name, dueDate, done] of demo.milestones) {
      await m.getRepository(Milestone).insert({
        workspaceId,
        projectId: project.id,
        clientId: client.id,
        name,
        dueDate,
        done,
        doneAt: done ? new Date(`${dueDate}T12:00:00Z`) : null,
      });
    }
    await m.getRepository(TimelineEvent).insert({
      workspaceId,
      clientId: client.id,
      projectId: project.id,
      type: 'PROJECT',
      summary: `Project "${demo.name}" started`,
      occurredAt: new Date(`${demo.start}T09:00:00Z`),
      authorUserId: userIds[0],
      metadata: { source: 'projects', action: 'CREATED', status: 'ACTIVE' },
    });
  }
  // Every other client gets one ongoing engagement worth its illustrative value, so client values, project lists,
  // the dashboard and the segments all agree (prospects have no project yet; archived clients' work is completed).
  const others = await m
    .getRepository(Client)
    .createQueryBuilder('c')
    .where('c."workspaceId" = :workspaceId AND c.status <> :prospect', { workspaceId, prospect: 'PROSPECT' })
    .andWhere('c.id NOT IN (:...seeded)', { seeded: clients.map((c) => c.id) })
    .getMany();
  for (const client of others) {
    const status = client.status === 'ACTIVE' ? 'ACTIVE' : client.status === 'PAUSED' ? 'PAUSED' : 'COMPLETED';
    const start = (client.firstContactAt ?? client.createdAt).toISOString().slice(0, 10);
    await m.getRepository(Project).insert({
      workspaceId,
      clientId: client.id,
      name: 'Ongoing retainer',
      type: 'CONSULTING',
      status,
      startDate: start,
      value: client.totalValue,
      completedAt: status === 'COMPLETED' ? (client.archivedAt ?? client.updatedAt) : null,
    });
  }
  await recomputeWorkspaceProjectTotals(new TenantScope(m, workspaceId));
}
