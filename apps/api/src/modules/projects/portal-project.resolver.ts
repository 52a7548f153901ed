import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { progressFromCounts } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import type { Project } from './project.entity';
import { portalAccess } from '../portal/portal-access';
import { PortalBudgetType, PortalMilestoneType, PortalProjectType, PortalTaskType } from './portal-project.types';

@Authorized(PORTAL, 'VIEW_PROJECTS')
@Resolver(() => PortalProjectType)
export class PortalProjectResolver {
  @Query(() => [PortalProjectType], {
    description: 'The projects this portal shows: active first, then paused, completed (at most 200).',
  })
  async portalProjects(@Ctx() ctx: Context) {
    return ctx.services.portalProjects.list(await portalAccess(ctx));
  }

  @Query(() => PortalProjectType)
  async portalProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.portalProjects.get(await portalAccess(ctx), id);
  }

  @FieldResolver(() => Int, { description: 'Whole percent: set by the agency, or done tasks over all tasks.' })
  async progress(@Root() p: Project, @Ctx() ctx: Context): Promise<number> {
    const { done, total } = await ctx.loaders.taskCountsByProject.load(p.id);
    return progressFromCounts(p.progressOverride, done, total);
  }

  @FieldResolver(() => [PortalMilestoneType])
  milestones(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.milestonesByProject.load(p.id);
  }

  @FieldResolver(() => [PortalTaskType], {
    nullable: true,
    description: 'Client-visible tasks in board order; null without VIEW_TASKS.',
  })
  async tasks(@Root() p: Project, @Ctx() ctx: Context) {
    if (!ctx.portal().permissions.includes('VIEW_TASKS')) return null;
    return (await ctx.loaders.tasksByProject.load(p.id)).filter((t) => t.clientVisible);
  }

  @FieldResolver(() => PortalBudgetType, { nullable: true, description: 'null without VIEW_BUDGET.' })
  async budget(@Root() p: Project, @Ctx() ctx: Context): Promise<PortalBudgetType | null> {
    const viewer = ctx.portal();
    if (!viewer.permissions.includes('VIEW_BUDGET')) return null;
    return {
      value: p.value,
      currency: await ctx.loaders.workspaceCurrency.load(viewer.workspaceId),
      budgetHours: p.budgetMinutes == null ? null : Math.round((p.budgetMinutes / 60) * 100) / 100,
    };
  }
}
