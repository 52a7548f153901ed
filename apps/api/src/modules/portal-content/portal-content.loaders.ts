import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Deliverable } from '../deliverables/deliverable.entity';
import { ClientPortalSettings } from '../portal/client-portal-settings.entity';
import { groupByKey } from '../../platform/lib/group-by-key';

export interface PortalProjectSettings {
  allProjects: boolean;
  projectIds: string[];
}

/** A client without a settings row shows all its projects. */
export const projectSettingsOf = (row: ClientPortalSettings | null | undefined): PortalProjectSettings =>
  row ? { allProjects: row.allProjects, projectIds: row.projectIds } : { allProjects: true, projectIds: [] };

/** Per-request loaders for portal pages (the scope is the portal client's, so every row is that client's). */
export function createPortalContentLoaders(scope: () => TenantScope) {
  /** The client's project selection. */
  const portalProjectSettings = new DataLoader<string, PortalProjectSettings>(async (clientIds) => {
    const rows = await scope().query(ClientPortalSettings, 's').andWhere('s."clientId" IN (:...clientIds)', { clientIds }).getMany();
    return clientIds.map((id) => projectSettingsOf(rows.find((r) => r.clientId === id)));
  });
  const portalDeliverablesByProject = new DataLoader<string, Deliverable[]>(async (ids) => {
    const rows = await scope()
      .query(Deliverable, 'd')
      .andWhere('d."projectId" IN (:...ids)', { ids })
      .orderBy('d."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('d."createdAt"', 'ASC')
      .getMany();
    return groupByKey(ids, rows, (d) => d.projectId);
  });
  return { portalProjectSettings, portalDeliverablesByProject };
}
