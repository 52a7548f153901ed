import { FieldResolver, Resolver, Root } from 'type-graphql';
import { WorkspaceType } from '../identity/identity.types';
import { workspaceLogoPath } from '../identity/workspace-logo.router';
import type { Workspace } from '../identity/workspace.entity';

/** The agency logo on the viewer's workspace (admin header); set in Settings → Workspace. */
@Resolver(() => WorkspaceType)
export class WorkspaceBrandingResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The logo (versioned URL on the API), or null.' })
  logoUrl(@Root() workspace: Workspace) {
    return workspaceLogoPath(workspace);
  }
}
