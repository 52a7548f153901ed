import { defineModule } from '../../platform/module';
import { createIdentityLoaders } from './identity.loaders';
import { IdentityResolver } from './identity.resolver';
import { seedIdentity } from './identity.seed';
import { IdentityService } from './identity.service';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';
import { workspaceLogoRouter } from './workspace-logo.router';
import { SessionResolver } from './sessions/session.resolver';
import { SessionService } from './sessions/session.service';
import { UserSession } from './sessions/user-session.entity';

declare module '../../platform/module' {
  interface Services {
    identity: IdentityService;
    sessions: SessionService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createIdentityLoaders> {}
}

const SESSION_SWEEP_TASK = 'identity.sessions.sweep';

/** Workspaces (the agencies), users, memberships and sign-in. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [Workspace, User, Membership, UserSession],
  resolvers: [IdentityResolver, SessionResolver],
  services: {
    identity: (s, d) => new IdentityService(d.dataSource, s.rateLimiter, s.audit),
    sessions: (s, d) => new SessionService(d.dataSource, s.tokens),
  },
  jobs: (services) => {
    services.jobs.define(SESSION_SWEEP_TASK, () => services.sessions.sweep());
    services.jobs.schedule({ task: SESSION_SWEEP_TASK, match: '41 * * * *' });
  },
  loaders: (scope, { dataSource }) => createIdentityLoaders(dataSource, () => scope().workspaceId),
  routes: (app, { dataSource }) => app.use('/files', workspaceLogoRouter(dataSource)),
  seed: seedIdentity,
});
