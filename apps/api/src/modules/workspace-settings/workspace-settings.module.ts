import { defineModule } from '../../platform/module';
import { WorkspaceSettingsResolver } from './workspace-settings.resolver';
import { WorkspaceSettingsService } from './workspace-settings.service';

declare module '../../platform/module' {
  interface Services {
    workspaceSettings: WorkspaceSettingsService;
  }
}

/** The agency's own settings (name, currency, locale, branding, financial visibility). */
export const workspaceSettingsModule = defineModule({
  name: 'workspace-settings',
  resolvers: [WorkspaceSettingsResolver],
  services: { workspaceSettings: () => new WorkspaceSettingsService() },
});
