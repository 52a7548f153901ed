import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { UserType } from '../identity/identity.types';
import { CreateMilestoneInput, CreateTaskInput, UpdateMilestoneInput, UpdateTaskInput } from './project.inputs';
import { MilestoneObject, ProjectObject, TaskObject } from './project.types';
import type { Task } from './task.entity';

@Authorized('client.view')
@Resolver(() => TaskObject)
export class TaskResolver {
  @Authorized('client.edit')
  @Mutation(() => TaskObject, { description: 'Adds a task at the end of the project board.' })
  createTask(@Arg('input', () => CreateTaskInput) input: CreateTaskInput, @Ctx() ctx: Context) {
    return ctx.services.tasks.createTask(ctx.scope(), input);
  }

  @Authorized('client.edit')
  @Mutation(() => TaskObject, { description: 'Setting status DONE stamps completedAt; leaving DONE clears it.' })
  updateTask(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTaskInput) input: UpdateTaskInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tasks.updateTask(ctx.scope(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => ProjectObject, {
    description:
      'Moves the task to a 0-based position among its project tasks; answers the project (read tasks from it).',
  })
  moveTask(@Arg('id', () => ID) id: string, @Arg('position', () => Int) position: number, @Ctx() ctx: Context) {
    return ctx.services.tasks.moveTask(ctx.scope(), id, position);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean)
  async deleteTask(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.tasks.deleteTask(ctx.scope(), id);
    return true;
  }

  @FieldResolver(() => UserType, { nullable: true })
  assignee(@Root() t: Task, @Ctx() ctx: Context) {
    return t.assigneeId ? ctx.loaders.memberById.load(t.assigneeId) : null;
  }
}

@Authorized('client.view')
@Resolver(() => MilestoneObject)
export class MilestoneResolver {
  @Authorized('client.edit')
  @Mutation(() => MilestoneObject)
  createMilestone(@Arg('input', () => CreateMilestoneInput) input: CreateMilestoneInput, @Ctx() ctx: Context) {
    return ctx.services.tasks.createMilestone(ctx.scope(), input);
  }

  @Authorized('client.edit')
  @Mutation(() => MilestoneObject, { description: 'done: true stamps doneAt; false clears it.' })
  updateMilestone(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMilestoneInput) input: UpdateMilestoneInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.tasks.updateMilestone(ctx.scope(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean)
  async deleteMilestone(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.tasks.deleteMilestone(ctx.scope(), id);
    return true;
  }
}
