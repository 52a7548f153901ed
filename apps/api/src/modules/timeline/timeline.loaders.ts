import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Contact } from '../clients/contact.entity';
import { Document } from '../documents/document.entity';
import { groupByKey } from '../../platform/lib/group-by-key';

/** Per-request loaders for the feed: contact authors and attachments, one query per page each. */
export function createTimelineLoaders(scope: () => TenantScope) {
  const contactById = new DataLoader<string, Contact | null>(async (ids) => {
    const rows = await scope().query(Contact, 'ct').andWhere('ct.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? null);
  });
  const attachmentsByEvent = new DataLoader<string, Document[]>(async (eventIds) => {
    const rows = await scope()
      .query(Document, 'd')
      .andWhere('d."timelineEventId" IN (:...ids)', { ids: eventIds })
      .orderBy('d."createdAt"', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    return groupByKey(eventIds, rows, (d) => d.timelineEventId);
  });
  return { contactById, attachmentsByEvent };
}
