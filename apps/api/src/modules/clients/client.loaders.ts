import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { groupByKey } from '../../platform/lib/group-by-key';
import { notFound } from '@clientflow/domain';
import { Client } from './client.entity';
import { Contact } from './contact.entity';

/** Per-request loaders: one query for all contacts of all clients on a page, scoped like everything else. */
export function createClientLoaders(scope: () => TenantScope) {
  const contactsByClient = new DataLoader<string, Contact[]>(async (clientIds) => {
    const rows = await scope()
      .query(Contact, 'ct')
      .andWhere('ct."clientId" IN (:...ids)', { ids: clientIds })
      .orderBy('ct."isPrimary"', 'DESC')
      .addOrderBy('ct.name', 'ASC')
      .getMany();
    return groupByKey(clientIds, rows, (ct) => ct.clientId);
  });
  const clientById = new DataLoader<string, Client>(async (ids) => {
    const rows = await scope().query(Client, 'c').andWhere('c.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((c) => [c.id, c]));
    return ids.map((id) => byId.get(id) ?? notFound('Client'));
  });
  return { contactsByClient, clientById };
}
export type ClientLoaders = ReturnType<typeof createClientLoaders>;
