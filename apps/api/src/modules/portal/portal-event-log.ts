import type { TenantScope } from '../../platform/db/tenant-scope';

/** Where the portal's staff actions (portal on/off, invite, revoke) are recorded: the timeline's TimelineService. */
export interface PortalEventLog {
  record(
    scope: TenantScope,
    event: {
      clientId: string;
      type: 'PORTAL';
      summary: string;
      authorUserId: string;
      metadata?: Record<string, unknown>;
    },
  ): Promise<unknown>;
}
