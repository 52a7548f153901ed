import DataLoader from 'dataloader';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { projectSettingsOf, type PortalProjectSettings } from './portal-access';

/** Per-request loaders for portal pages (the scope is the portal client's, so every row is that client's). */
export function createPortalLoaders(scope: () => TenantScope) {
  /** The client's project selection. */
  const portalProjectSettings = new DataLoader<string, PortalProjectSettings>(async (clientIds) => {
    const rows = await scope()
      .query(ClientPortalSettings, 's')
      .andWhere('s."clientId" IN (:...clientIds)', { clientIds })
      .getMany();
    return clientIds.map((id) => projectSettingsOf(rows.find((r) => r.clientId === id)));
  });
  return { portalProjectSettings };
}
