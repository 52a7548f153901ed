import { defineModule } from '../../platform/module';
import { createIdentityLoaders } from './identity.loaders';
import { IdentityResolver } from './identity.resolver';
import { seedIdentity } from './identity.seed';
import { IdentityService } from './identity.service';
import { Membership } from './membership.entity';
import { User } from './user.entity';
import { Workspace } from './workspace.entity';
import { workspaceLogoRouter } from './workspace-logo.router';

declare module '../../platform/module' {
  interface Services {
    identity: IdentityService;
  }
}
declare module '../../platform/module' {
  interface Loaders extends ReturnType<typeof createIdentityLoaders> {}
}

/** Workspaces (the agencies), users, memberships and sign-in. */
export const identityModule = defineModule({
  name: 'identity',
  entities: [Workspace, User, Membership],
  resolvers: [IdentityResolver],
  services: { identity: (s, d) => new IdentityService(d.dataSource, s.rateLimiter) },
  loaders: (scope, { dataSource }) => createIdentityLoaders(dataSource, () => scope().workspaceId),
  routes: (app, { dataSource }) => app.use('/files', workspaceLogoRouter(dataSource)),
  seed: seedIdentity,
});
