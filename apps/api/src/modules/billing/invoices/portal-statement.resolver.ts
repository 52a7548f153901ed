import { Arg, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { amountPayable, amountSettling, balance, isOverdue } from '@clientflow/domain';
import { PORTAL } from '../../../platform/auth/auth-checker';
import type { Context } from '../../../platform/graphql/context';
import { portalReader } from '../../portal/portal-access';
import type { Invoice } from './invoice.entity';
import {
  PortalInvoiceLineType,
  PortalInvoicePageType,
  PortalInvoicesInput,
  PortalInvoiceType,
  PortalPaymentType,
  PortalStatementType,
  type PortalInvoiceStatus,
} from './portal-statement.types';

/** Only the columns a client may see leave the API (see statement.types.ts). */
export function portalInvoice(i: Invoice): PortalInvoiceType {
  return {
    id: i.id,
    number: i.number ?? '',
    status: i.status as PortalInvoiceStatus,
    issueDate: i.issueDate ?? '',
    dueDate: i.dueDate,
    currency: i.currency,
    subtotal: i.subtotal,
    discountTotal: i.discountTotal,
    taxTotal: i.taxTotal,
    total: i.total,
    amountPaid: i.amountPaid,
    balance: i.status === 'VOID' ? 0 : balance(i.total, i.amountPaid),
    amountSettling: amountSettling(i),
    amountPayable: amountPayable(i),
    taxSummary: i.taxSummary,
    invoiceNotes: i.notes,
    terms: i.terms,
    paidAt: i.paidAt,
    pdfUrl: `/files/invoices/${i.id}/pdf`,
  };
}

@Authorized(PORTAL, 'VIEW_INVOICES')
@Resolver(() => PortalInvoiceType)
export class StatementResolver {
  @Query(() => PortalStatementType, { description: "The signed-in contact's client: what is owed, late and paid." })
  async portalStatement(@Ctx() ctx: Context): Promise<PortalStatementType> {
    const scope = ctx.scope();
    const today = await ctx.loaders.workspaceToday.load(scope.workspaceId);
    const summary = await ctx.services.statement.summary(portalReader(ctx), today);
    return { ...summary, canPayOnline: ctx.services.checkouts.providerName !== null };
  }

  @Query(() => PortalInvoicePageType)
  async portalInvoices(
    @Arg('input', () => PortalInvoicesInput, { defaultValue: {} }) input: PortalInvoicesInput,
    @Ctx() ctx: Context,
  ): Promise<PortalInvoicePageType> {
    const { nodes, totalCount } = await ctx.services.statement.list(portalReader(ctx), input.filter ?? 'ALL', {
      limit: input.limit ?? 25,
      offset: input.offset ?? 0,
    });
    return { nodes: nodes.map(portalInvoice), totalCount };
  }

  @Query(() => PortalInvoiceType)
  async portalInvoice(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PortalInvoiceType> {
    return portalInvoice(await ctx.services.statement.get(portalReader(ctx), id));
  }

  @FieldResolver(() => [PortalInvoiceLineType])
  async lines(@Root() invoice: PortalInvoiceType, @Ctx() ctx: Context): Promise<PortalInvoiceLineType[]> {
    const rows = await ctx.loaders.portalInvoiceLines.load(invoice.id);
    return rows.map((l) => ({
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRateBps: l.taxRate,
      discountBps: l.discount,
      net: l.net,
    }));
  }

  @FieldResolver(() => [PortalPaymentType])
  async payments(@Root() invoice: PortalInvoiceType, @Ctx() ctx: Context): Promise<PortalPaymentType[]> {
    const rows = await ctx.loaders.portalInvoicePayments.load(invoice.id);
    return rows.map((p) => ({
      id: p.id,
      amount: p.amount,
      currency: p.currency,
      method: p.method,
      receivedAt: p.receivedAt,
    }));
  }

  @FieldResolver(() => Boolean, { description: "Past its due date with a balance, in the agency's timezone." })
  async isOverdue(@Root() invoice: PortalInvoiceType, @Ctx() ctx: Context): Promise<boolean> {
    const today = await ctx.loaders.workspaceToday.load(ctx.scope().workspaceId);
    return isOverdue({ status: invoice.status, dueDate: invoice.dueDate, balance: invoice.balance, today });
  }
}
