import DataLoader from 'dataloader';
import type { TenantScope } from '../../db/tenant-scope';
import { Document } from '../documents/document.entity';
import { Project } from '../projects/project.entity';
import { Comment } from './comment.entity';
import { DeliverableDecisionRecord } from './deliverable-decision.entity';

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string | null): T[][] {
  const map = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const key = keyOf(row);
    if (key) map.get(key)?.push(row);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request loaders for deliverable fields: one query per field per page. Portal scopes never see internal comments. */
export function createDeliverableLoaders(scope: () => TenantScope) {
  const filesByDeliverable = new DataLoader<string, Document[]>(async (ids) => {
    const rows = await scope()
      .query(Document, 'd')
      .andWhere('d."deliverableId" IN (:...ids)', { ids })
      .orderBy('d."deliverableVersion"', 'DESC')
      .addOrderBy('d."createdAt"', 'ASC')
      .getMany();
    return groupBy(ids, rows, (d) => d.deliverableId);
  });
  const decisionsByDeliverable = new DataLoader<string, DeliverableDecisionRecord[]>(async (ids) => {
    const rows = await scope()
      .query(DeliverableDecisionRecord, 'x')
      .andWhere('x."deliverableId" IN (:...ids)', { ids })
      .orderBy('x.version', 'DESC')
      .getMany();
    return groupBy(ids, rows, (x) => x.deliverableId);
  });
  const commentsByDeliverable = new DataLoader<string, Comment[]>(async (ids) => {
    const qb = scope().query(Comment, 'c').andWhere('c."deliverableId" IN (:...ids)', { ids });
    if (scope().clientId) qb.andWhere('c.internal = false');
    const rows = await qb.orderBy('c."createdAt"', 'ASC').addOrderBy('c.id', 'ASC').getMany();
    return groupBy(ids, rows, (c) => c.deliverableId);
  });
  const projectNameById = new DataLoader<string, string | null>(async (ids) => {
    const rows = await scope().query(Project, 'p').andWhere('p.id IN (:...ids)', { ids }).select(['p.id', 'p.name']).getMany();
    const byId = new Map(rows.map((p) => [p.id, p.name]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  return { filesByDeliverable, decisionsByDeliverable, commentsByDeliverable, projectNameById };
}
