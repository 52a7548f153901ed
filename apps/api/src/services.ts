import type { DataSource } from 'typeorm';
import type { Transporter } from 'nodemailer';
import { SessionTokens } from './auth/session-token';
import type { AppConfig } from './config';
import { ClientListService } from './modules/clients/client-list.service';
import { ClientService } from './modules/clients/client.service';
import { GeoService } from './modules/geo/geo.service';
import { IdentityService } from './modules/identity/identity.service';
import { Outbox } from './modules/mail/outbox.service';
import { PortalAuthService } from './modules/portal/portal-auth.service';
import { SavedViewService } from './modules/saved-views/saved-view.service';
import { SegmentService } from './modules/segments/segment.service';
import { TimelineService } from './modules/timeline/timeline.service';
import { RateLimiter } from './shared/rate-limit';

/** Stateless services built once per process; per-request state lives in the Context. */
export function createServices(deps: { dataSource: DataSource; config: AppConfig; transport: Transporter; sessionSecret: string }) {
  const { dataSource, config } = deps;
  const rateLimiter = new RateLimiter(dataSource);
  const timeline = new TimelineService();
  const outbox = new Outbox(dataSource, deps.transport, config.mailFrom);
  return {
    tokens: new SessionTokens(deps.sessionSecret),
    rateLimiter,
    outbox,
    identity: new IdentityService(dataSource, rateLimiter),
    timeline,
    clients: new ClientService(timeline),
    clientList: new ClientListService(),
    savedViews: new SavedViewService(),
    segments: new SegmentService(),
    geo: new GeoService(),
    portalAuth: new PortalAuthService(dataSource, outbox, rateLimiter, config.portalOrigin),
  };
}
export type Services = ReturnType<typeof createServices>;
