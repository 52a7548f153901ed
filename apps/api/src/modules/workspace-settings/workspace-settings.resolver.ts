import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { clearSessionCookie, setSessionCookie, STAFF_COOKIE } from '../../platform/auth/cookies';
import type { Context } from '../../platform/graphql/context';
import { workspaceLogoPath } from '../identity/workspace-logo.router';
import type { Workspace } from '../identity/workspace.entity';
import { UpdateWorkspaceSettingsInput } from './workspace-settings.inputs';
import { WorkspaceDeletionResultType, WorkspaceSettingsType } from './workspace-settings.types';

@Resolver(() => WorkspaceSettingsType)
export class WorkspaceSettingsResolver {
  @Authorized('workspace.manage')
  @Query(() => WorkspaceSettingsType, { description: "The signed-in workspace's settings (owners and admins)." })
  workspaceSettings(@Ctx() ctx: Context) {
    return ctx.services.workspaceSettings.get(ctx.scope());
  }

  @Authorized('workspace.manage')
  @Mutation(() => WorkspaceSettingsType, {
    description: 'Changes only the fields sent; each is validated and named on error. Audited with from/to.',
  })
  updateWorkspaceSettings(
    @Arg('input', () => UpdateWorkspaceSettingsInput) input: UpdateWorkspaceSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.workspaceSettings.update(ctx.scope(), input, ctx);
  }

  @Authorized('workspace.manage')
  @Mutation(() => WorkspaceSettingsType, {
    description: "A new address for the workspace's portal URLs; links with the old one redirect to it.",
  })
  changeWorkspaceSlug(@Arg('slug') slug: string, @Ctx() ctx: Context) {
    return ctx.services.workspaceSettings.changeSlug(ctx.scope(), slug, ctx);
  }

  @Authorized('workspace.delete')
  @Mutation(() => WorkspaceDeletionResultType, {
    description:
      "Deletes the workspace (OWNER; confirmName must be its exact name). Everyone's access ends at once; the data " +
      'is removed by a background job. The caller continues in another workspace of theirs, or is signed out.',
  })
  async requestWorkspaceDeletion(
    @Arg('confirmName') confirmName: string,
    @Ctx() ctx: Context,
  ): Promise<WorkspaceDeletionResultType> {
    const viewer = ctx.staff();
    await ctx.services.workspaceSettings.requestDeletion(ctx.scope(), confirmName, ctx);
    const next = await ctx.services.workspaceSettings.nextWorkspaceOf(viewer.userId);
    if (next && viewer.sessionId) {
      const token = await ctx.services.sessions.reissue(viewer.userId, next, viewer.sessionId);
      setSessionCookie(ctx.res, STAFF_COOKIE, token, ctx.cookieSettings);
    } else {
      if (viewer.sessionId) await ctx.services.sessions.revoke(viewer.userId, viewer.sessionId, 'SIGN_OUT');
      clearSessionCookie(ctx.res, STAFF_COOKIE, ctx.cookieSettings);
    }
    return { nextWorkspaceId: next };
  }

  @FieldResolver(() => [String], { description: 'Addresses used before, newest first; their portal URLs redirect.' })
  previousSlugs(@Ctx() ctx: Context) {
    return ctx.services.workspaceSettings.previousSlugs(ctx.scope());
  }

  @FieldResolver(() => String, { nullable: true, description: 'The logo (versioned URL on the API), or null.' })
  logoUrl(@Root() workspace: Workspace) {
    return workspaceLogoPath(workspace);
  }

  @FieldResolver(() => String, { description: 'The client portal origin that portal URLs start with.' })
  portalOrigin(@Ctx() ctx: Context) {
    return ctx.services.workspaceSettings.portalOrigin;
  }
}
