import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { InvoiceStatus } from '@clientflow/domain';
import { enumOf } from '../../../platform/graphql/graphql-enum';

/** The statuses a client can see: drafts never reach the portal. */
export type PortalInvoiceStatus = Exclude<InvoiceStatus, 'DRAFT'>;
export const PortalInvoiceStatusEnum = enumOf<PortalInvoiceStatus>(['SENT', 'PARTIAL', 'PAID', 'OVERDUE', 'VOID']);
registerEnumType(PortalInvoiceStatusEnum, { name: 'PortalInvoiceStatus' });

export const STATEMENT_FILTERS = ['OPEN', 'PAID', 'ALL'] as const;
export type StatementFilter = (typeof STATEMENT_FILTERS)[number];
export const StatementFilterEnum = enumOf(STATEMENT_FILTERS);
registerEnumType(StatementFilterEnum, {
  name: 'StatementFilter',
  description: 'OPEN = sent, partly paid or overdue; ALL = every issued invoice, void included.',
});

/**
 * Portal-safe projections of invoices: what the client sees on the PDF, nothing more. Left out on purpose:
 * createdByUserId, void reason, the payment's reference/note and who recorded it, project/quote/schedule ids.
 * Notes and terms are printed on the client's PDF, so they are client-facing (staff-only text belongs in notes).
 */
@ObjectType('PortalInvoiceLine')
export class PortalInvoiceLineType {
  @Field() description: string;
  @Field(() => Float, { description: 'Up to 3 decimals.' }) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) unitPrice: number;
  @Field(() => Int, { description: 'Basis points (2300 = 23%).' }) taxRateBps: number;
  @Field(() => Int, { description: 'Basis points.' }) discountBps: number;
  @Field(() => GraphQLSafeInt, { description: 'After discount, before tax; minor units.' }) net: number;
}

@ObjectType('PortalTaxGroup')
export class PortalTaxGroupType {
  @Field(() => Int) rateBps: number;
  @Field(() => GraphQLSafeInt) base: number;
  @Field(() => GraphQLSafeInt) tax: number;
}

@ObjectType('PortalPayment')
export class PortalPaymentType {
  @Field(() => ID) id: string;
  @Field(() => GraphQLSafeInt) amount: number;
  @Field() currency: string;
  @Field({ description: 'STRIPE (card, online), BANK_TRANSFER, CASH or OTHER.' }) method: string;
  @Field() receivedAt: string;
}

@ObjectType('PortalInvoice')
export class PortalInvoiceType {
  @Field(() => ID) id: string;
  @Field() number: string;
  @Field(() => PortalInvoiceStatusEnum) status: PortalInvoiceStatus;
  @Field() issueDate: string;
  @Field(() => String, { nullable: true }) dueDate: string | null;
  @Field() currency: string;
  @Field(() => GraphQLSafeInt) subtotal: number;
  @Field(() => GraphQLSafeInt) discountTotal: number;
  @Field(() => GraphQLSafeInt) taxTotal: number;
  @Field(() => GraphQLSafeInt) total: number;
  @Field(() => GraphQLSafeInt) amountPaid: number;
  @Field(() => GraphQLSafeInt, { description: 'total − amountPaid; 0 for void invoices.' }) balance: number;
  @Field(() => GraphQLSafeInt, {
    description: 'Part of the balance already paid with a method that settles later (on its way): "Settling".',
  })
  amountSettling: number;
  @Field(() => GraphQLSafeInt, {
    description: 'What "Pay now" would charge: the balance minus the settling amount (0: nothing to pay now).',
  })
  amountPayable: number;
  @Field(() => [PortalTaxGroupType]) taxSummary: PortalTaxGroupType[];
  @Field(() => String, { nullable: true, description: 'The notes printed on the invoice (client-facing).' })
  invoiceNotes: string | null;
  @Field(() => String, { nullable: true }) terms: string | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field({ description: 'The PDF (GET, portal session).' }) pdfUrl: string;
}

@ObjectType('PortalInvoicePage')
export class PortalInvoicePageType {
  @Field(() => [PortalInvoiceType]) nodes: PortalInvoiceType[];
  @Field(() => Int) totalCount: number;
}

@ObjectType('PortalStatementAmounts')
export class PortalStatementAmountsType {
  @Field() currency: string;
  @Field(() => GraphQLSafeInt) outstanding: number;
  @Field(() => GraphQLSafeInt) overdue: number;
  @Field(() => GraphQLSafeInt) paid: number;
  @Field(() => GraphQLSafeInt, { description: 'Part of outstanding already on its way (settles later).' })
  settling: number;
}

@ObjectType('PortalStatement')
export class PortalStatementType {
  @Field(() => [PortalStatementAmountsType]) byCurrency: PortalStatementAmountsType[];
  @Field(() => Int) openCount: number;
  @Field(() => Int) overdueCount: number;
  @Field(() => Int) paidCount: number;
  @Field(() => String, { nullable: true }) nextDueDate: string | null;
  @Field({ description: 'Whether "Pay now" is available (an online payment provider is set up).' })
  canPayOnline: boolean;
}

@InputType()
export class PortalInvoicesInput {
  @Field(() => StatementFilterEnum, { defaultValue: 'ALL' })
  @IsIn(STATEMENT_FILTERS)
  filter: StatementFilter;

  @Field(() => Int, { defaultValue: 25 })
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset: number;
}
