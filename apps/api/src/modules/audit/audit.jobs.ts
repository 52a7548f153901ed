import type { Services } from '../../platform/module';

export const AUDIT_PURGE_TASK = 'audit.purge';

/** Daily at 03:17 UTC: audit rows older than AUDIT_RETENTION_DAYS go (the only deletion path besides workspace deletion). */
export function registerAuditJobs(services: Services): void {
  services.jobs.define(AUDIT_PURGE_TASK, async () => void (await services.audit.purge()));
  services.jobs.schedule({ task: AUDIT_PURGE_TASK, match: '17 3 * * *' });
}
