import type { AppModule } from '../platform/module';
import { accountsModule } from './accounts/accounts.module';
import { auditModule } from './audit/audit.module';
import { billingModule } from './billing/billing.module';
import { clientsModule } from './clients/clients.module';
import { customFieldsModule } from './custom-fields/custom-fields.module';
import { dashboardModule } from './dashboard/dashboard.module';
import { deliverablesModule } from './deliverables/deliverables.module';
import { documentsModule } from './documents/documents.module';
import { feedbackModule } from './feedback/feedback.module';
import { geoModule } from './geo/geo.module';
import { identityModule } from './identity/identity.module';
import { idempotencyModule } from './idempotency/idempotency.module';
import { metricsModule } from './metrics/metrics.module';
import { notesModule } from './notes/notes.module';
import { notificationsModule } from './notifications/notifications.module';
import { portalModule } from './portal/portal.module';
import { projectsModule } from './projects/projects.module';
import { savedViewsModule } from './saved-views/saved-views.module';
import { segmentsModule } from './segments/segments.module';
import { teamModule } from './team/team.module';
import { ticketsModule } from './tickets/tickets.module';
import { timeModule } from './time/time.module';
import { timelineModule } from './timeline/timeline.module';
import { twoFactorModule } from './two-factor/two-factor.module';
import { workspaceSettingsModule } from './workspace-settings/workspace-settings.module';

/**
 * The one list of features. Order matters twice: demo seeds run in this order (identity creates the workspaces,
 * clients come before what belongs to them), and a module's loaders may use those of modules listed before it.
 */
export const MODULES: readonly AppModule[] = [
  identityModule,
  idempotencyModule,
  auditModule,
  teamModule,
  accountsModule,
  twoFactorModule,
  clientsModule,
  customFieldsModule,
  timelineModule,
  notesModule,
  documentsModule,
  savedViewsModule,
  segmentsModule,
  geoModule,
  workspaceSettingsModule,
  projectsModule,
  deliverablesModule,
  timeModule,
  metricsModule,
  dashboardModule,
  feedbackModule,
  portalModule,
  billingModule,
  ticketsModule,
  notificationsModule,
];
