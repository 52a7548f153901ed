import { defineModule } from '../../platform/module';
import { auditExportRouter } from './audit-export.router';
import { AuditEvent } from './audit-event.entity';
import { registerAuditJobs } from './audit.jobs';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

declare module '../../platform/module' {
  interface Services {
    audit: AuditService;
  }
}

/** The workspace audit log: who did what to accounts, the team, security settings and exports (append-only). */
export const auditModule = defineModule({
  name: 'audit',
  entities: [AuditEvent],
  resolvers: [AuditResolver],
  services: { audit: (_s, d) => new AuditService(d.dataSource, d.config.auditRetentionDays) },
  jobs: registerAuditJobs,
  routes: (app, { dataSource, services }) => app.use('/files/exports', auditExportRouter(dataSource, services)),
});
