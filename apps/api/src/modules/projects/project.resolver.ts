import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { isProjectOverdue, nextProjectStatuses, progressFromCounts, type ProjectStatus } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { PageInput } from '../clients/client-list.inputs';
import { ClientType } from '../clients/client.types';
import type { Project } from './project.entity';
import { CreateProjectInput, ProjectFilter, ProjectSort, UpdateProjectInput } from './project.inputs';
import { MilestoneObject, ProjectObject, ProjectPageType, ProjectStatusEnum, TaskObject } from './project.types';

/** Staff only (the class-level permission refuses portal sessions); rows are scoped by TenantScope. */
@Authorized('client.view')
@Resolver(() => ProjectObject)
export class ProjectResolver {
  @Query(() => ProjectPageType, {
    description: 'Projects of the workspace (or one client), newest first by default; at most 100 per page.',
  })
  async projects(
    @Ctx() ctx: Context,
    @Arg('filter', () => ProjectFilter, { nullable: true }) filter?: ProjectFilter,
    @Arg('sort', () => ProjectSort, { nullable: true }) sort?: ProjectSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ctx.services.projects.list(
      ctx.scope(),
      filter ?? {},
      sort ?? { field: 'CREATED_AT', direction: 'DESC' },
      page ?? { offset: 0, limit: 25 },
      {
        canSeeFinancials: ctx.can('financials.view'),
        today: await ctx.loaders.workspaceToday.load(ctx.scope().workspaceId),
      },
    );
  }

  @Query(() => ProjectObject)
  project(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.projects.get(ctx.scope(), id);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject, {
    description:
      'For an existing client (clientId) or a new one (newClient), in one transaction; writes a PROJECT event.',
  })
  createProject(@Arg('input', () => CreateProjectInput) input: CreateProjectInput, @Ctx() ctx: Context) {
    return ctx.services.projects.create(ctx.scope(), ctx.staff().userId, input);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject)
  updateProject(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateProjectInput) input: UpdateProjectInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.update(ctx.scope(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject, {
    description: 'Moves the project along its status table (see allowedTransitions); writes a PROJECT event.',
  })
  changeProjectStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => ProjectStatusEnum) status: ProjectStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.changeStatus(ctx.scope(), id, status, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject, {
    description: 'Moves the project, its tasks, milestones, deliverables, comments and time to another client.',
  })
  linkProjectToClient(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.projects.link(ctx.scope(), projectId, clientId, ctx.staff().userId);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject, {
    description: 'Detaches the project from its client; only roles with client.viewAll still see it.',
  })
  unlinkProject(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return ctx.services.projects.unlink(ctx.scope(), projectId, ctx.staff().userId);
  }

  @Authorized('client.delete')
  @Mutation(() => Boolean, {
    description: 'Deletes the project with its tasks, milestones, deliverables and time entries.',
  })
  async deleteProject(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.projects.delete(ctx.scope(), id);
    return true;
  }

  @FieldResolver(() => ClientType, { nullable: true })
  client(@Root() p: Project, @Ctx() ctx: Context) {
    return p.clientId ? ctx.loaders.projectClientById.load(p.clientId) : null;
  }

  @FieldResolver(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Contract value in minor units; null without financials.view.',
  })
  value(@Root() p: Project, @Ctx() ctx: Context): number | null {
    return ctx.can('financials.view') ? p.value : null;
  }

  @FieldResolver(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units per hour; null without financials.view.',
  })
  hourlyRate(@Root() p: Project, @Ctx() ctx: Context): number | null {
    return ctx.can('financials.view') ? p.hourlyRate : null;
  }

  @FieldResolver(() => Int, { description: 'Whole percent: the override when set, else DONE tasks over all tasks.' })
  async progress(@Root() p: Project, @Ctx() ctx: Context): Promise<number> {
    const { done, total } = await ctx.loaders.taskCountsByProject.load(p.id);
    return progressFromCounts(p.progressOverride, done, total);
  }

  @FieldResolver(() => Int, { description: 'Sum of time entry minutes.' })
  minutesSpent(@Root() p: Project, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.minutesByProject.load(p.id);
  }

  @FieldResolver(() => Float, { description: 'minutesSpent in hours, to two decimals.' })
  async hoursSpent(@Root() p: Project, @Ctx() ctx: Context): Promise<number> {
    return Math.round(((await ctx.loaders.minutesByProject.load(p.id)) / 60) * 100) / 100;
  }

  @FieldResolver(() => Boolean, {
    description: "Open (ACTIVE/PAUSED) and past its estimated end date (the workspace's today).",
  })
  async overdue(@Root() p: Project, @Ctx() ctx: Context): Promise<boolean> {
    return isProjectOverdue(p, await ctx.loaders.workspaceToday.load(ctx.scope().workspaceId));
  }

  @FieldResolver(() => [ProjectStatusEnum], {
    description: 'Statuses changeProjectStatus accepts from the current one.',
  })
  allowedTransitions(@Root() p: Project): readonly ProjectStatus[] {
    return nextProjectStatuses(p.status);
  }

  @FieldResolver(() => [TaskObject], { description: 'In board order (position).' })
  tasks(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.tasksByProject.load(p.id);
  }

  @FieldResolver(() => [MilestoneObject], { description: 'By due date.' })
  milestones(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.milestonesByProject.load(p.id);
  }
}

@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientProjectsResolver {
  @FieldResolver(() => [ProjectObject], { description: "The client's projects, newest first." })
  projects(@Root() c: { id: string }, @Ctx() ctx: Context) {
    return ctx.loaders.projectsByClient.load(c.id);
  }
}
