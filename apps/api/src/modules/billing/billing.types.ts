import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  INVOICE_STATUSES,
  LINE_SOURCES,
  PAYMENT_METHODS,
  QUOTE_STATUSES,
  type InvoiceStatus,
  type LineSource,
  type PaymentMethod,
  type QuoteStatus,
} from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';
import type { QuoteEventAction } from './quotes/quote-event.entity';

export const InvoiceStatusEnum = enumOf(INVOICE_STATUSES);
export const QuoteStatusEnum = enumOf(QUOTE_STATUSES);
export const LineSourceEnum = enumOf(LINE_SOURCES);
export const PaymentMethodEnum = enumOf(PAYMENT_METHODS);
export const QuoteEventActionEnum = enumOf<QuoteEventAction>([
  'SENT',
  'ACCEPTED',
  'REJECTED',
  'EXPIRED',
  'CONVERTED',
  'REOPENED',
]);
export const UnbilledGroupingEnum = enumOf(['TASK', 'PERSON'] as const);
export type UnbilledGrouping = keyof typeof UnbilledGroupingEnum;
export const InvoiceSortFieldEnum = enumOf([
  'CREATED_AT',
  'ISSUE_DATE',
  'DUE_DATE',
  'NUMBER',
  'TOTAL',
  'CLIENT',
] as const);
export type InvoiceSortField = keyof typeof InvoiceSortFieldEnum;
export const QuoteSortFieldEnum = enumOf([
  'CREATED_AT',
  'ISSUE_DATE',
  'VALID_UNTIL',
  'NUMBER',
  'TOTAL',
  'CLIENT',
] as const);
export type QuoteSortField = keyof typeof QuoteSortFieldEnum;

registerEnumType(InvoiceStatusEnum, { name: 'InvoiceStatus' });
registerEnumType(QuoteStatusEnum, { name: 'QuoteStatus' });
registerEnumType(LineSourceEnum, {
  name: 'LineSource',
  description: "FIXED_FEE: a project's fixed fee; TIME: billable time entries; AD_HOC: typed by hand.",
});
registerEnumType(PaymentMethodEnum, {
  name: 'PaymentMethod',
  description: 'STRIPE payments are recorded by the payment provider only.',
});
registerEnumType(QuoteEventActionEnum, { name: 'QuoteEventAction' });
registerEnumType(UnbilledGroupingEnum, { name: 'UnbilledTimeGrouping' });
registerEnumType(InvoiceSortFieldEnum, { name: 'InvoiceSortField' });
registerEnumType(QuoteSortFieldEnum, { name: 'QuoteSortField' });

@ObjectType('TaxGroup', {
  description: 'Tax of one rate: the nets of the lines at that rate are summed, then taxed once.',
})
export class TaxGroupType {
  @Field(() => Int, { description: 'Basis points (2300 = 23%).' }) rateBps: number;
  @Field(() => GraphQLSafeInt) base: number;
  @Field(() => GraphQLSafeInt) tax: number;
}

@ObjectType('BillingAddress')
export class BillingAddressType {
  @Field(() => String, { nullable: true }) line1: string | null;
  @Field(() => String, { nullable: true }) line2: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
}

@ObjectType('BillingSnapshot', { description: "The client's billing details frozen when the document was issued." })
export class BillingSnapshotType {
  @Field() name: string;
  @Field(() => String, { nullable: true }) legalName: string | null;
  @Field(() => String, { nullable: true }) taxId: string | null;
  @Field(() => String, { nullable: true }) taxIdType: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => BillingAddressType) address: BillingAddressType;
}

/** Columns shared by invoice and quote lines. */
@ObjectType('BillingLineFields')
abstract class BillingLineFields {
  @Field(() => ID) id: string;
  @Field(() => Int) position: number;
  @Field() description: string;
  @Field(() => Float, { description: 'Up to 3 decimals (hours for TIME lines).' }) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) unitPrice: number;
  @Field(() => Int, { description: 'Basis points.' }) taxRate: number;
  @Field(() => Int, { description: "Basis points of the line's gross." }) discount: number;
  @Field(() => LineSourceEnum) source: LineSource;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => GraphQLSafeInt, { description: 'round(quantity × unitPrice).' }) gross: number;
  @Field(() => GraphQLSafeInt) discountAmount: number;
  @Field(() => GraphQLSafeInt, { description: 'gross − discountAmount.' }) net: number;
}

@ObjectType('InvoiceLine')
export class InvoiceLineType extends BillingLineFields {
  @Field(() => ID) invoiceId: string;
}

@ObjectType('QuoteLine')
export class QuoteLineType extends BillingLineFields {
  @Field(() => ID) quoteId: string;
}

@ObjectType('Payment')
export class PaymentType {
  @Field(() => ID) id: string;
  @Field(() => ID) invoiceId: string;
  @Field(() => GraphQLSafeInt) amount: number;
  @Field() currency: string;
  @Field(() => PaymentMethodEnum) method: PaymentMethod;
  @Field({ description: 'YYYY-MM-DD' }) receivedAt: string;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => ID, { nullable: true }) recordedByUserId: string | null;
  @Field(() => Date) createdAt: Date;
}

/** Columns shared by invoices and quotes; relations and computed fields are field resolvers. */
@ObjectType('BillingDocumentFields')
abstract class BillingDocumentFields {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => String, { nullable: true, description: 'Set when first sent, e.g. INV-0042.' }) number: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) issueDate: string | null;
  @Field() currency: string;
  @Field(() => GraphQLSafeInt, { description: 'Sum of line nets (after discounts, before tax).' }) subtotal: number;
  @Field(() => GraphQLSafeInt) discountTotal: number;
  @Field(() => GraphQLSafeInt) taxTotal: number;
  @Field(() => GraphQLSafeInt) total: number;
  @Field(() => [TaxGroupType]) taxSummary: TaxGroupType[];
  @Field(() => BillingSnapshotType, { nullable: true, description: 'Null while a draft.' })
  billingSnapshot: BillingSnapshotType | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => String, { nullable: true }) terms: string | null;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('Invoice')
export class InvoiceType extends BillingDocumentFields {
  @Field(() => InvoiceStatusEnum) status: InvoiceStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => GraphQLSafeInt) amountPaid: number;
  @Field(() => GraphQLSafeInt, {
    description:
      'Money on its way (paid with a method that settles later: Pix, boleto, SEPA debit), at most the balance; ' +
      '0 unless open. Reminders and overdue marking hold an invoice whose balance is all settling.',
  })
  amountSettling: number;
  @Field(() => ID, { nullable: true, description: 'The quote this invoice was converted from.' }) quoteId:
    string | null;
  @Field(() => ID, { nullable: true }) recurringInvoiceId: string | null;
  @Field(() => Date, { nullable: true }) paidAt: Date | null;
  @Field(() => Date, { nullable: true }) voidedAt: Date | null;
  @Field(() => String, { nullable: true }) voidReason: string | null;
}

@ObjectType('Quote')
export class QuoteType extends BillingDocumentFields {
  @Field(() => QuoteStatusEnum) status: QuoteStatus;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD, the last day it can be accepted.' }) validUntil:
    string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => ID, { nullable: true }) convertedInvoiceId: string | null;
}

@ObjectType('QuoteEvent', {
  description: "One step of a quote's history; decided by a staff member (userId) or the client's contact (contactId).",
})
export class QuoteEventType {
  @Field(() => ID) id: string;
  @Field(() => QuoteEventActionEnum) action: QuoteEventAction;
  @Field(() => ID, { nullable: true }) userId: string | null;
  @Field(() => ID, { nullable: true }) contactId: string | null;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('InvoiceCurrencyTotals', {
  description: 'Sums over the filtered invoices in one currency; VOID invoices count for nothing.',
})
export class InvoiceCurrencyTotalsType {
  @Field() currency: string;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt) total: number;
  @Field(() => GraphQLSafeInt) amountPaid: number;
  @Field(() => GraphQLSafeInt) balance: number;
}

@ObjectType('InvoicePage')
export class InvoicePageType {
  @Field(() => [InvoiceType]) nodes: InvoiceType[];
  @Field(() => Int) totalCount: number;
  @Field() hasMore: boolean;
  @Field(() => [InvoiceCurrencyTotalsType]) totals: InvoiceCurrencyTotalsType[];
}

@ObjectType('QuoteCurrencyTotals')
export class QuoteCurrencyTotalsType {
  @Field() currency: string;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType('QuotePage')
export class QuotePageType {
  @Field(() => [QuoteType]) nodes: QuoteType[];
  @Field(() => Int) totalCount: number;
  @Field() hasMore: boolean;
  @Field(() => [QuoteCurrencyTotalsType]) totals: QuoteCurrencyTotalsType[];
}

@ObjectType('SuggestedLine', {
  description:
    'A line to put on an invoice (unbilled time or a project fee); nothing is stored until the invoice is saved.',
})
export class SuggestedLineType {
  @Field() description: string;
  @Field(() => Float) quantity: number;
  @Field(() => GraphQLSafeInt) unitPrice: number;
  @Field(() => Int) taxRate: number;
  @Field(() => LineSourceEnum) source: LineSource;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => [ID], { description: 'TIME lines: pass these back as the line timeEntryIds.' }) timeEntryIds: string[];
  @Field(() => Int, { description: 'TIME lines: minutes behind the quantity.' }) minutes: number;
  @Field(() => String, { nullable: true }) firstDate: string | null;
  @Field(() => String, { nullable: true }) lastDate: string | null;
}

@ObjectType('BillingSettings')
export class BillingSettingsType {
  @Field() invoicePrefix: string;
  @Field() quotePrefix: string;
  @Field(() => Int) numberPadding: number;
  @Field(() => Int) paymentTermsDays: number;
  @Field(() => Int) quoteValidityDays: number;
  @Field(() => Int, { description: 'Basis points.' }) defaultTaxRate: number;
  @Field(() => [Int], { description: 'Days from the due date (negative = before).' }) reminderOffsetsDays: number[];
  @Field() remindersEnabled: boolean;
  @Field(() => String, { nullable: true }) legalName: string | null;
  @Field(() => String, { nullable: true }) taxId: string | null;
  @Field(() => String, { nullable: true }) address: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) paymentInstructions: string | null;
  @Field(() => String, { nullable: true }) defaultNotes: string | null;
  @Field(() => String, { nullable: true }) defaultTerms: string | null;
}

@ObjectType('ClientBillingSummary', { description: "A client's invoices in one currency (DRAFT and VOID excluded)." })
export class ClientBillingSummaryType {
  @Field() currency: string;
  @Field(() => GraphQLSafeInt, { description: 'Sum of issued invoices.' }) totalInvoiced: number;
  @Field(() => GraphQLSafeInt, { description: 'Everything received: the lifetime value.' }) totalPaid: number;
  @Field(() => GraphQLSafeInt, { description: 'Balance of open (SENT, PARTIAL, OVERDUE) invoices.' })
  outstanding: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean days from issue date to the payment that made each PAID invoice paid.',
  })
  averageDaysToPay: number | null;
  @Field(() => Int) openInvoiceCount: number;
  @Field(() => Int, { description: "Open invoices past their due date (the workspace's today)." }) overdueCount: number;
}

@ObjectType('ConvertQuoteResult')
export class ConvertQuoteResultType {
  @Field(() => QuoteType) quote: QuoteType;
  @Field(() => InvoiceType, { description: 'The new DRAFT invoice.' }) invoice: InvoiceType;
}
