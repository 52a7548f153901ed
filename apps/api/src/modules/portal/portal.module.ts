import { defineModule } from '../../platform/module';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { MagicLinkToken } from './magic-link-token.entity';
import { PortalAuthService } from './portal-auth.service';
import { PortalChangesResolver } from './portal-changes.subscriptions';
import { PortalInvitationService } from './portal-invitation.service';
import { PortalSettingsResolver } from './portal-settings.resolver';
import { PortalSettingsService } from './portal-settings.service';
import { createPortalLoaders } from './portal.loaders';
import { PortalResolver } from './portal.resolver';

declare module '../../platform/module' {
  interface Services {
    portalAuth: PortalAuthService;
    portalInvitations: PortalInvitationService;
    portalSettings: PortalSettingsService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createPortalLoaders> {}
}

/**
 * The client portal: per-client settings and project selection (`portal-access.ts`, which every feature's portal side
 * uses), magic-link sign-in and invitations, the portal's live changes. Each feature's portal pages live in its module.
 */
export const portalModule = defineModule({
  name: 'portal',
  entities: [MagicLinkToken, ClientPortalSettings],
  resolvers: [PortalResolver, PortalSettingsResolver, PortalChangesResolver],
  services: {
    portalAuth: (s, { dataSource, config }) =>
      new PortalAuthService(dataSource, s.outbox, s.rateLimiter, config.portalOrigin),
    portalInvitations: (s, { config }) =>
      new PortalInvitationService(s.outbox, s.timeline, config.portalOrigin, config.portalInviteTtlHours, s.audit),
    portalSettings: (s, { config }) => new PortalSettingsService(s.timeline, s.projects, config.portalOrigin, s.audit),
  },
  loaders: (scope) => createPortalLoaders(scope),
});
