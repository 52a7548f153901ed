import { defineModule } from '../../platform/module';
import { InvitationService } from './invitation.service';
import { TeamResolver } from './team.resolver';
import { TeamService } from './team.service';
import { WorkspaceInvitation } from './workspace-invitation.entity';

declare module '../../platform/module' {
  interface Services {
    team: TeamService;
    invitations: InvitationService;
  }
}

/** Settings → Team: members and roles, removal, ownership transfer, invitations and accepting them. */
export const teamModule = defineModule({
  name: 'team',
  entities: [WorkspaceInvitation],
  resolvers: [TeamResolver],
  services: {
    team: (s, d) => new TeamService(d.dataSource, s.audit),
    invitations: (s, d) => new InvitationService(d.dataSource, s.outbox, s.rateLimiter, s.audit, d.config.adminOrigin),
  },
});
