import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { groupByKey } from '../../platform/lib/group-by-key';
import { Document } from '../documents/document.entity';
import { Ticket, TicketMessage, TicketRead } from './ticket.entity';

/** Per request: thread messages (all, or public only) and the caller's read markers, batched across tickets. */
export function createTicketLoaders(scope: () => TenantScope) {
  const messages = (includeInternal: boolean) =>
    new DataLoader<string, TicketMessage[]>(async (ids) => {
      const qb = scope().query(TicketMessage, 'm').andWhere('m."ticketId" IN (:...ids)', { ids });
      if (!includeInternal) qb.andWhere('m.internal = false');
      const rows = await qb.orderBy('m."createdAt"', 'ASC').addOrderBy('m.id', 'ASC').getMany();
      return groupByKey(ids, rows, (m) => m.ticketId);
    });
  /** Key: `${userId}|${ticketId}` (the caller's own marker). */
  const ticketReadAt = new DataLoader<string, Date | null>(async (keys) => {
    const pairs = keys.map((k) => k.split('|'));
    const rows = await scope()
      .manager.getRepository(TicketRead)
      .createQueryBuilder('r')
      .where(
        'r."workspaceId" = :ws AND ("r"."userId", "r"."ticketId") IN (SELECT * FROM unnest(:users::uuid[], :tickets::uuid[]))',
        {
          ws: scope().workspaceId,
          users: pairs.map((p) => p[0]),
          tickets: pairs.map((p) => p[1]),
        },
      )
      .getMany();
    const by = new Map(rows.map((r) => [`${r.userId}|${r.ticketId}`, r.readAt]));
    return keys.map((k) => by.get(k) ?? null);
  });
  const ticketById = new DataLoader<string, Ticket | null>(async (ids) => {
    const rows = await scope().query(Ticket, 't').andWhere('t.id IN (:...ids)', { ids }).getMany();
    const by = new Map(rows.map((t) => [t.id, t]));
    return ids.map((id) => by.get(id) ?? null);
  });
  /** Files attached to messages, in upload order. */
  const attachmentsByTicketMessage = new DataLoader<string, Document[]>(async (ids) => {
    const rows = await scope()
      .query(Document, 'd')
      .andWhere('d."ticketMessageId" IN (:...ids)', { ids })
      .orderBy('d."createdAt"', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (d) => d.ticketMessageId);
  });
  return {
    ticketMessages: messages(true),
    publicTicketMessages: messages(false),
    ticketReadAt,
    ticketById,
    attachmentsByTicketMessage,
  };
}
