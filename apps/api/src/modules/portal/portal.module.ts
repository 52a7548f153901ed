import { defineModule } from '../../platform/module';
import { createPortalContentLoaders } from '../portal-content/portal-content.loaders';
import { PortalContentService } from '../portal-content/portal-content.service';
import { PortalDocumentResolver, PortalFeedbackResolver, PortalTimelineResolver } from '../portal-content/portal-documents.resolver';
import { ClientPortalSettings } from './client-portal-settings.entity';
import { MagicLinkToken } from './magic-link-token.entity';
import { PortalAuthService } from './portal-auth.service';
import { PortalChangesResolver } from './portal-changes.subscriptions';
import { PortalInvitationService } from './portal-invitation.service';
import { PortalSettingsResolver } from './portal-settings.resolver';
import { PortalSettingsService } from './portal-settings.service';
import { PortalResolver } from './portal.resolver';

declare module '../../platform/module' {
  interface Services {
    portalAuth: PortalAuthService;
    portalInvitations: PortalInvitationService;
    portalSettings: PortalSettingsService;
    portalContent: PortalContentService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createPortalContentLoaders> {}
}

/** The client portal: per-client settings, magic-link sign-in and invitations, the portal's live changes. */
export const portalModule = defineModule({
  name: 'portal',
  entities: [MagicLinkToken, ClientPortalSettings],
  resolvers: [
    PortalResolver,
    PortalSettingsResolver,
    PortalChangesResolver,
    PortalDocumentResolver,
    PortalTimelineResolver,
    PortalFeedbackResolver,
  ],
  services: {
    portalAuth: (s, { dataSource, config }) => new PortalAuthService(dataSource, s.outbox, s.rateLimiter, config.portalOrigin),
    portalInvitations: (s, { config }) =>
      new PortalInvitationService(s.outbox, s.timeline, config.portalOrigin, config.portalInviteTtlHours),
    portalSettings: (s, { config }) => new PortalSettingsService(s.timeline, config.portalOrigin),
    portalContent: (s) => new PortalContentService(s.deliverables, s.comments, s.documents),
  },
  loaders: (scope) => createPortalContentLoaders(scope),
});
