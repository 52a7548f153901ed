import { defineModule } from '../../platform/module';
import { WorkspaceBrandingResolver } from './workspace-branding.resolver';
import { workspaceLogoRoutes } from './workspace-logo.routes';
import { WorkspacePurge } from './workspace-purge';
import { WorkspaceSettingsResolver } from './workspace-settings.resolver';
import { WORKSPACE_PURGE_TASK, WorkspaceSettingsService } from './workspace-settings.service';
import { WorkspaceSlugHistory } from './workspace-slug-history.entity';

declare module '../../platform/module' {
  interface Services {
    workspaceSettings: WorkspaceSettingsService;
  }
}

/**
 * The agency's own settings (name, address, currency, locale, branding and logo, financial visibility) and its
 * deletion (marked at once, purged by a background job).
 */
export const workspaceSettingsModule = defineModule({
  name: 'workspace-settings',
  entities: [WorkspaceSlugHistory],
  resolvers: [WorkspaceSettingsResolver, WorkspaceBrandingResolver],
  services: {
    workspaceSettings: (s, { dataSource, config }) =>
      new WorkspaceSettingsService(
        dataSource,
        s.audit,
        s.jobs,
        new WorkspacePurge(dataSource, s.storage),
        config.portalOrigin,
      ),
  },
  jobs: (services) => {
    services.jobs.define<{ workspaceId: string }>(WORKSPACE_PURGE_TASK, ({ workspaceId }) =>
      services.workspaceSettings.purge(workspaceId),
    );
  },
  routes: (app, { dataSource, services }) => app.use('/files', workspaceLogoRoutes({ dataSource, services })),
});
