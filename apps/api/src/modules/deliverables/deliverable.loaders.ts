import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Document } from '../documents/document.entity';
import { Project } from '../projects/project.entity';
import { Comment } from './comment.entity';
import { DeliverableDecisionRecord } from './deliverable-decision.entity';
import { Deliverable } from './deliverable.entity';
import { groupByKey } from '../../platform/lib/group-by-key';

/** Per-request loaders for deliverable fields: one query per field per page. Portal scopes never see internal comments. */
export function createDeliverableLoaders(scope: () => TenantScope) {
  const filesByDeliverable = new DataLoader<string, Document[]>(async (ids) => {
    const rows = await scope()
      .query(Document, 'd')
      .andWhere('d."deliverableId" IN (:...ids)', { ids })
      .orderBy('d."deliverableVersion"', 'DESC')
      .addOrderBy('d."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (d) => d.deliverableId);
  });
  const decisionsByDeliverable = new DataLoader<string, DeliverableDecisionRecord[]>(async (ids) => {
    const rows = await scope()
      .query(DeliverableDecisionRecord, 'x')
      .andWhere('x."deliverableId" IN (:...ids)', { ids })
      .orderBy('x.version', 'DESC')
      .getMany();
    return groupByKey(ids, rows, (x) => x.deliverableId);
  });
  const commentsByDeliverable = new DataLoader<string, Comment[]>(async (ids) => {
    const qb = scope().query(Comment, 'c').andWhere('c."deliverableId" IN (:...ids)', { ids });
    if (scope().clientId) qb.andWhere('c.internal = false');
    const rows = await qb.orderBy('c."createdAt"', 'ASC').addOrderBy('c.id', 'ASC').getMany();
    return groupByKey(ids, rows, (c) => c.deliverableId);
  });
  const projectNameById = new DataLoader<string, string | null>(async (ids) => {
    const rows = await scope()
      .query(Project, 'p')
      .andWhere('p.id IN (:...ids)', { ids })
      .select(['p.id', 'p.name'])
      .getMany();
    const byId = new Map(rows.map((p) => [p.id, p.name]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  /** PortalProject.deliverables: soonest due first (a portal scope reaches its own client's rows only). */
  const portalDeliverablesByProject = new DataLoader<string, Deliverable[]>(async (ids) => {
    const rows = await scope()
      .query(Deliverable, 'd')
      .andWhere('d."projectId" IN (:...ids)', { ids })
      .orderBy('d."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('d."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (d) => d.projectId);
  });
  return {
    filesByDeliverable,
    decisionsByDeliverable,
    commentsByDeliverable,
    projectNameById,
    portalDeliverablesByProject,
  };
}
