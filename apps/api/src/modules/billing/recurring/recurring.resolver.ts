import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { invoiceTotals } from '@clientflow/domain';
import type { Context } from '../../../platform/graphql/context';
import { ClientType } from '../../clients/client.types';
import { ProjectObject } from '../../projects/project.types';
import type { RecurringInvoice } from './recurring-invoice.entity';
import { CreateRecurringInvoiceInput, SchedulePreviewInput, UpdateRecurringInvoiceInput } from './recurring.inputs';
import {
  RecurringInvoiceRunType,
  RecurringInvoiceType,
  RecurringStatusEnum,
  RecurringTotalsType,
  ScheduledRunType,
  type RecurringStatus,
} from './recurring.types';

/** Reading needs financials.view, changing billing.manage; both refuse portal sessions (staff permissions). */
@Authorized('financials.view')
@Resolver(() => RecurringInvoiceType)
export class RecurringInvoiceResolver {
  @Query(() => [RecurringInvoiceType], {
    description: 'Recurring schedules of the workspace or one client: active first, by next issue date (at most 500).',
  })
  recurringInvoices(@Ctx() ctx: Context, @Arg('clientId', () => ID, { nullable: true }) clientId?: string | null) {
    return ctx.services.recurring.list(ctx.scope(), clientId);
  }

  @Query(() => RecurringInvoiceType)
  recurringInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.recurring.get(ctx.scope(), id);
  }

  @Query(() => [ScheduledRunType], {
    description:
      'The first 12 periods of a schedule being edited, with their issue dates (anchored to the start date).',
  })
  previewIssueDates(@Arg('input', () => SchedulePreviewInput) input: SchedulePreviewInput, @Ctx() ctx: Context) {
    return ctx.services.recurring.preview(input);
  }

  @Authorized('billing.manage')
  @Mutation(() => RecurringInvoiceType)
  createRecurringInvoice(
    @Arg('input', () => CreateRecurringInvoiceInput) input: CreateRecurringInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.recurring.create(ctx.scope(), ctx.staff().userId, input);
  }

  @Authorized('billing.manage')
  @Mutation(() => RecurringInvoiceType)
  updateRecurringInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRecurringInvoiceInput) input: UpdateRecurringInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.recurring.update(ctx.scope(), id, input);
  }

  @Authorized('billing.manage')
  @Mutation(() => RecurringInvoiceType, { description: 'Stops creating invoices until resumed.' })
  pauseRecurringInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.recurring.pause(ctx.scope(), id);
  }

  @Authorized('billing.manage')
  @Mutation(() => RecurringInvoiceType, {
    description:
      'Billing resumes from today: periods whose issue date passed while paused are SKIPPED, not billed late.',
  })
  resumeRecurringInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.recurring.resume(ctx.scope(), id);
  }

  @Authorized('billing.manage')
  @Mutation(() => Boolean, { description: 'Deletes the schedule and its run history; the invoices it created stay.' })
  async deleteRecurringInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.recurring.delete(ctx.scope(), id);
    return true;
  }

  @FieldResolver(() => RecurringStatusEnum)
  status(@Root() r: RecurringInvoice): RecurringStatus {
    if (!r.nextIssueDate) return 'FINISHED';
    return r.active ? 'ACTIVE' : 'PAUSED';
  }

  @FieldResolver(() => ClientType, { nullable: true })
  client(@Root() r: RecurringInvoice, @Ctx() ctx: Context) {
    return ctx.loaders.clientById.load(r.clientId);
  }

  @FieldResolver(() => ProjectObject, { nullable: true })
  project(@Root() r: RecurringInvoice, @Ctx() ctx: Context) {
    return r.projectId ? ctx.loaders.recurringProjectById.load(r.projectId) : null;
  }

  @FieldResolver(() => RecurringTotalsType, { nullable: true, description: 'FIXED only: what each invoice comes to.' })
  totals(@Root() r: RecurringInvoice): RecurringTotalsType | null {
    if (r.mode !== 'FIXED' || !r.lines.length) return null;
    const t = invoiceTotals(r.lines);
    return { subtotal: t.subtotal, taxTotal: t.taxTotal, total: t.total };
  }

  @FieldResolver(() => [ScheduledRunType], { description: 'The next 12 periods still to bill.' })
  async upcoming(@Root() r: RecurringInvoice, @Ctx() ctx: Context) {
    const [latest] = await ctx.loaders.recurringRunsBySchedule.load(r.id);
    return ctx.services.recurring.upcoming(r, latest?.periodEnd ?? null);
  }

  @FieldResolver(() => [RecurringInvoiceRunType], { description: 'Recorded periods, newest first (at most 120).' })
  runs(@Root() r: RecurringInvoice, @Ctx() ctx: Context) {
    return ctx.loaders.recurringRunsBySchedule.load(r.id);
  }
}
