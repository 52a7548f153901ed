import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { amountSettling, isOverdue } from '@clientflow/domain';
import type { Context } from '../../../platform/graphql/context';
import { PageInput } from '../../clients/client-list.inputs';
import { ClientType } from '../../clients/client.types';
import { ProjectObject } from '../../projects/project.types';
import { idempotentCall } from '../../idempotency/idempotency-call';
import { IdempotencyKeyArg } from '../../idempotency/idempotency-key.arg';
import type { ResultCodec } from '../../idempotency/idempotency.service';
import { Invoice } from './invoice.entity';
import type { InvoiceLine } from './invoice-line.entity';
import {
  CreateInvoiceInput,
  InvoiceFilter,
  InvoiceSort,
  RecordPaymentInput,
  UpdateInvoiceInput,
} from '../billing.inputs';
import {
  InvoiceLineType,
  InvoicePageType,
  InvoiceType,
  PaymentType,
  QuoteType,
  SuggestedLineType,
  UnbilledGroupingEnum,
  type UnbilledGrouping,
} from '../billing.types';

/** A replayed recordPayment answers the invoice it paid, as it is now. */
const invoiceResult: ResultCodec<Invoice> = {
  save: (invoice) => ({ invoiceId: invoice.id }),
  load: (scope, saved) => scope.findById(Invoice, (saved as { invoiceId: string }).invoiceId, 'Invoice'),
};

/**
 * Invoices: reading needs financials.view (MEMBERs granted it see their own clients' invoices through TenantScope);
 * every change needs billing.manage. Portal sessions are refused by the class-level staff permission.
 */
@Authorized('financials.view')
@Resolver(() => InvoiceType)
export class InvoiceResolver {
  @Query(() => InvoicePageType, {
    description: 'Newest first by default; at most 100 per page; totals per currency over the whole filtered set.',
  })
  async invoices(
    @Ctx() ctx: Context,
    @Arg('filter', () => InvoiceFilter, { nullable: true }) filter?: InvoiceFilter,
    @Arg('sort', () => InvoiceSort, { nullable: true }) sort?: InvoiceSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    const today = await ctx.loaders.workspaceToday.load(ctx.scope().workspaceId);
    return ctx.services.billingQueries.invoices(
      ctx.scope(),
      filter ?? {},
      sort ?? { field: 'CREATED_AT', direction: 'DESC' },
      page ?? { offset: 0, limit: 25 },
      today,
    );
  }

  @Query(() => InvoiceType)
  invoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.scope().findById(Invoice, id, 'Invoice');
  }

  @Authorized('billing.manage')
  @Query(() => [SuggestedLineType], {
    description: "A client's billable, unbilled time as TIME lines (grouped by task or person, and bill rate).",
  })
  unbilledTime(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | null,
    @Arg('groupBy', () => UnbilledGroupingEnum, { defaultValue: 'TASK' }) groupBy: UnbilledGrouping,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.billingQueries.unbilledTime(ctx.scope(), clientId, projectId ?? null, groupBy);
  }

  @Authorized('billing.manage')
  @Query(() => SuggestedLineType, {
    description: "A FIXED_FEE line for what is left of the project's value; CONFLICT when it is fully invoiced.",
  })
  projectFeeLine(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return ctx.services.billingQueries.projectFeeLine(ctx.scope(), projectId);
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'A DRAFT; TIME lines claim their time entries (CONFLICT if one is already billed).',
  })
  createInvoice(@Arg('input', () => CreateInvoiceInput) input: CreateInvoiceInput, @Ctx() ctx: Context) {
    return ctx.services.invoices.createDraft(ctx.scope(), { ...input, createdByUserId: ctx.staff().userId });
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'DRAFT only. Lines, when given, replace every line (time entries of removed lines are freed).',
  })
  updateInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateInvoiceInput) input: UpdateInvoiceInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.invoices.updateDraft(ctx.scope(), id, { ...input, lines: input.lines ?? undefined });
  }

  @Authorized('billing.manage')
  @Mutation(() => Boolean, { description: 'DRAFT only; its time entries become unbilled.' })
  async deleteInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.invoices.deleteDraft(ctx.scope(), id);
    return true;
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'DRAFT → SENT without emailing ("mark as sent"): number, frozen billing snapshot, dates.',
  })
  issueInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.invoices.issue(ctx.scope(), id, { actorUserId: ctx.staff().userId });
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'From DRAFT, SENT or OVERDUE with nothing paid; frees its time entries; the number stays used.',
  })
  voidInvoice(@Arg('id', () => ID) id: string, @Arg('reason') reason: string, @Ctx() ctx: Context) {
    return ctx.services.invoices.void(ctx.scope(), id, reason, ctx.staff().userId);
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'A manual payment (partial allowed, overpayment refused); writes a PAYMENT event.',
  })
  recordPayment(
    @Arg('invoiceId', () => ID) invoiceId: string,
    @Arg('input', () => RecordPaymentInput) input: RecordPaymentInput,
    @Arg('sendReceipt', {
      defaultValue: false,
      description: 'Also email the client a receipt (RECEIPT template, PDF attached).',
    })
    sendReceipt: boolean,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ) {
    const actorUserId = ctx.staff().userId;
    const call = idempotentCall(ctx, 'recordPayment', idempotencyKey, { invoiceId, input, sendReceipt });
    return ctx.services.idempotency.run(ctx.scope(), call, invoiceResult, (scope) =>
      ctx.services.manualPayments.record(
        scope,
        invoiceId,
        { ...input, recordedByUserId: actorUserId },
        { sendReceipt, actorUserId },
      ),
    );
  }

  @Authorized('billing.manage')
  @Mutation(() => InvoiceType, {
    description: 'Removes a manual payment recorded by mistake; the status follows the new balance.',
  })
  deletePayment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.invoices.deletePayment(ctx.scope(), id, ctx.staff().userId);
  }

  @FieldResolver(() => GraphQLSafeInt, { description: 'total − amountPaid; 0 for VOID.' })
  balance(@Root() i: Invoice): number {
    return i.status === 'VOID' ? 0 : i.total - i.amountPaid;
  }

  @FieldResolver(() => GraphQLSafeInt)
  amountSettling(@Root() i: Invoice): number {
    return amountSettling(i);
  }

  @FieldResolver(() => Boolean, { description: "Open, with a balance, and past its due date (the workspace's today)." })
  async isOverdue(@Root() i: Invoice, @Ctx() ctx: Context): Promise<boolean> {
    const today = await ctx.loaders.workspaceToday.load(ctx.scope().workspaceId);
    return isOverdue({ status: i.status, dueDate: i.dueDate, balance: i.total - i.amountPaid, today });
  }

  @FieldResolver(() => [InvoiceLineType])
  lines(@Root() i: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.invoiceLinesByInvoice.load(i.id);
  }

  @FieldResolver(() => [PaymentType], { description: 'Oldest first.' })
  payments(@Root() i: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.paymentsByInvoice.load(i.id);
  }

  @FieldResolver(() => ClientType, { nullable: true })
  client(@Root() i: Invoice, @Ctx() ctx: Context) {
    return ctx.loaders.projectClientById.load(i.clientId);
  }

  @FieldResolver(() => ProjectObject, { nullable: true })
  project(@Root() i: Invoice, @Ctx() ctx: Context) {
    return i.projectId ? ctx.loaders.billingProjectById.load(i.projectId) : null;
  }

  @FieldResolver(() => QuoteType, { nullable: true, description: 'The quote it was converted from.' })
  quote(@Root() i: Invoice, @Ctx() ctx: Context) {
    return i.quoteId ? ctx.loaders.quoteById.load(i.quoteId) : null;
  }
}

@Authorized('financials.view')
@Resolver(() => InvoiceLineType)
export class InvoiceLineResolver {
  @FieldResolver(() => [ID], { description: 'Time entries billed on this line.' })
  timeEntryIds(@Root() line: InvoiceLine, @Ctx() ctx: Context) {
    return ctx.loaders.timeEntryIdsByInvoiceLine.load(line.id);
  }
}
