import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { UpdateWorkspaceSettingsInput } from './workspace-settings.inputs';
import { WorkspaceSettingsType } from './workspace-settings.types';

@Resolver(() => WorkspaceSettingsType)
export class WorkspaceSettingsResolver {
  @Authorized('workspace.manage')
  @Query(() => WorkspaceSettingsType, { description: "The signed-in workspace's settings (owners and admins)." })
  workspaceSettings(@Ctx() ctx: Context) {
    return ctx.services.workspaceSettings.get(ctx.scope());
  }

  @Authorized('workspace.manage')
  @Mutation(() => WorkspaceSettingsType, {
    description: 'Changes only the fields sent; each is validated and named on error.',
  })
  updateWorkspaceSettings(
    @Arg('input', () => UpdateWorkspaceSettingsInput) input: UpdateWorkspaceSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.workspaceSettings.update(ctx.scope(), input);
  }
}
