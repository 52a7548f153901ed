import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Context } from '../../platform/graphql/context';
import { UserType } from '../identity/identity.types';
import type { RunningTimer } from './running-timer.entity';
import type { TimeEntry } from './time-entry.entity';
import { LogTimeInput, StartTimerInput, UpdateTimeEntryInput } from './time.inputs';
import {
  MemberCostRateType,
  RunningTimerType,
  StartTimerResultType,
  TimeEntryType,
  TimeProjectType,
  TimesheetRowType,
  TimesheetType,
} from './time.types';
import { TimeTotalsType } from './time.types';
import { totalsFor } from './time-totals';

@Authorized()
@Resolver(() => TimeEntryType)
export class TimeResolver {
  @Query(() => [TimeProjectType], {
    description: 'Open projects (active or paused) the caller can log time on, by name.',
  })
  timeProjects(
    @Arg('search', () => String, { nullable: true }) search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: '1–100.' }) first: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.time.pickerProjects(ctx.scope(), search, first);
  }

  @Query(() => TimesheetType, { description: "The caller's ISO week (Monday start) containing weekStart." })
  myTimesheet(@Arg('weekStart') weekStart: string, @Ctx() ctx: Context) {
    return ctx.services.time.timesheet(ctx.scope(), ctx.staff().userId, weekStart);
  }

  @Authorized('workspace.manage')
  @Query(() => TimesheetType, { description: "A member's ISO week containing weekStart." })
  async timesheet(@Arg('userId', () => ID) userId: string, @Arg('weekStart') weekStart: string, @Ctx() ctx: Context) {
    await ctx.services.time.assertMember(ctx.scope(), userId);
    return ctx.services.time.timesheet(ctx.scope(), userId, weekStart);
  }

  @Query(() => RunningTimerType, { nullable: true })
  myRunningTimer(@Ctx() ctx: Context) {
    return ctx.services.time.runningTimer(ctx.scope(), ctx.staff().userId);
  }

  @Query(() => TimeTotalsType, { description: 'Time logged on a project (money figures need financials.view).' })
  async projectTimeTotals(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    await ctx.services.time.assertProject(ctx.scope(), projectId);
    return totalsFor(ctx, await ctx.loaders.timeTotalsByProject.load(projectId));
  }

  @Mutation(() => TimeEntryType)
  logTime(@Arg('input', () => LogTimeInput) input: LogTimeInput, @Ctx() ctx: Context) {
    return ctx.services.time.logTime(ctx.scope(), ctx.staff(), input);
  }

  @Mutation(() => TimeEntryType, {
    description: 'Own entries, or any with workspace.manage; billed entries are locked.',
  })
  updateTimeEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTimeEntryInput) input: UpdateTimeEntryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.time.updateEntry(ctx.scope(), ctx.staff(), id, input);
  }

  @Mutation(() => Boolean, { description: 'Own entries, or any with workspace.manage; billed entries are locked.' })
  async deleteTimeEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.time.deleteEntry(ctx.scope(), ctx.staff(), id);
    return true;
  }

  @Mutation(() => StartTimerResultType, { description: 'Starts a timer; a running one is stopped (and logged) first.' })
  startTimer(@Arg('input', () => StartTimerInput) input: StartTimerInput, @Ctx() ctx: Context) {
    return ctx.services.time.startTimer(ctx.scope(), ctx.staff(), input);
  }

  @Mutation(() => TimeEntryType, {
    description: 'Stops the running timer and logs its time (rounded up to the minute).',
  })
  stopTimer(@Ctx() ctx: Context) {
    return ctx.services.time.stopTimer(ctx.scope(), ctx.staff());
  }

  @Mutation(() => Boolean, { description: 'Throws the running timer away without logging time.' })
  async discardTimer(@Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.time.discardTimer(ctx.scope(), ctx.staff());
    return true;
  }

  @Authorized('workspace.manage')
  @Mutation(() => MemberCostRateType, {
    description: "Sets a member's default cost rate (minor units per hour) for new time entries.",
  })
  async setMemberCostRate(
    @Arg('userId', () => ID) userId: string,
    @Arg('rate', () => GraphQLSafeInt) rate: number,
    @Ctx() ctx: Context,
  ) {
    const m = await ctx.services.time.setMemberCostRate(ctx.scope(), userId, rate);
    return { userId: m.userId, costRate: m.costRate };
  }

  @FieldResolver(() => TimeProjectType, { nullable: true })
  project(@Root() e: TimeEntry, @Ctx() ctx: Context) {
    return ctx.loaders.timeProjectById.load(e.projectId);
  }

  @FieldResolver(() => UserType, { nullable: true })
  user(@Root() e: TimeEntry, @Ctx() ctx: Context) {
    return ctx.loaders.memberById.load(e.userId);
  }

  @FieldResolver(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Minor units per hour it costs the agency; null without financials.view.',
  })
  costRate(@Root() e: TimeEntry, @Ctx() ctx: Context): number | null {
    return ctx.can('financials.view') ? e.costRate : null;
  }

  @FieldResolver(() => Boolean, { description: 'On an invoice: locked.' })
  billed(@Root() e: TimeEntry): boolean {
    return e.invoiceLineId != null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete this entry.' })
  canEdit(@Root() e: TimeEntry, @Ctx() ctx: Context): boolean {
    return e.invoiceLineId == null && (e.userId === ctx.staff().userId || ctx.can('workspace.manage'));
  }
}

@Authorized()
@Resolver(() => RunningTimerType)
export class RunningTimerResolver {
  @FieldResolver(() => TimeProjectType, { nullable: true })
  project(@Root() t: RunningTimer, @Ctx() ctx: Context) {
    return ctx.loaders.timeProjectById.load(t.projectId);
  }
}

@Authorized()
@Resolver(() => TimesheetRowType)
export class TimesheetRowResolver {
  @FieldResolver(() => TimeProjectType, { nullable: true })
  project(@Root() r: TimesheetRowType, @Ctx() ctx: Context) {
    return ctx.loaders.timeProjectById.load(r.projectId);
  }
}
