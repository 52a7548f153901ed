import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsBoolean,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { InvoiceStatus, LineSource, PaymentMethod, QuoteStatus } from '@clientflow/domain';
import { SortDirectionEnum, type SortDirection } from '../clients/client.types';
import {
  InvoiceSortFieldEnum,
  InvoiceStatusEnum,
  LineSourceEnum,
  PaymentMethodEnum,
  QuoteSortFieldEnum,
  QuoteStatusEnum,
  type InvoiceSortField,
  type QuoteSortField,
} from './billing.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMsg = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

/** Amounts are checked by the domain (`invoiceTotals`), which names the line: `lines.2.quantity`. */
@InputType()
export class LineInput {
  @Field() @MaxLength(2000, { message: 'A line description can have at most 2000 characters' }) description: string;
  @Field(() => Float, { description: '> 0, at most 3 decimals.' }) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units, ≥ 0.' }) unitPrice: number;
  @Field(() => Int, { description: 'Basis points, 0–10000.' }) taxRate: number;
  @Field(() => Int, { nullable: true, description: 'Basis points of the gross, 0–10000.' }) @IsOptional() discount?:
    number | null;
  @Field(() => LineSourceEnum, { nullable: true, description: 'Defaults to TIME with timeEntryIds, else AD_HOC.' })
  @IsOptional()
  source?: LineSource | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string | null;
  @Field(() => [ID], {
    nullable: true,
    description: 'Invoices only: billable, unbilled time entries of this client billed by this line.',
  })
  @IsOptional()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true, message: 'timeEntryIds must be time entry ids' })
  timeEntryIds?: string[] | null;
}

@InputType('DocumentFieldsInput')
abstract class DocumentFieldsInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string | null;
  @Field(() => String, { nullable: true, description: "ISO 4217; the workspace's currency by default." })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'Currency must be a 3-letter ISO code such as EUR' })
  currency?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('issueDate')) issueDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) notes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(4000) terms?: string | null;
}

@InputType()
export class CreateInvoiceInput extends DocumentFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'choose a client' }) clientId: string;
  @Field(() => String, { nullable: true, description: 'Defaults to issue date + payment terms when sent.' })
  @IsOptional()
  @Matches(DATE, dateMsg('dueDate'))
  dueDate?: string | null;
  @Field(() => [LineInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(500, { message: 'An invoice can have at most 500 lines' })
  lines: LineInput[];
}

@InputType()
export class UpdateInvoiceInput extends DocumentFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('dueDate')) dueDate?: string | null;
  @Field(() => [LineInput], { nullable: true, description: 'Replaces every line when given.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(500, { message: 'An invoice can have at most 500 lines' })
  lines?: LineInput[] | null;
}

@InputType()
export class CreateQuoteInput extends DocumentFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'choose a client' }) clientId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true, description: 'Defaults to issue date + quote validity when sent.' })
  @IsOptional()
  @Matches(DATE, dateMsg('validUntil'))
  validUntil?: string | null;
  @Field(() => [LineInput])
  @ValidateNested({ each: true })
  @ArrayMaxSize(500, { message: 'A quote can have at most 500 lines' })
  lines: LineInput[];
}

@InputType()
export class UpdateQuoteInput extends DocumentFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) title?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('validUntil')) validUntil?:
    string | null;
  @Field(() => [LineInput], { nullable: true, description: 'Replaces every line when given.' })
  @IsOptional()
  @ValidateNested({ each: true })
  @ArrayMaxSize(500, { message: 'A quote can have at most 500 lines' })
  lines?: LineInput[] | null;
}

@InputType('DocumentFilterFields')
abstract class DocumentFilterFields {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a project id' })
  projectId?: string | null;
  @Field(() => String, { nullable: true, description: 'Part of the number or the client name.' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('issuedFrom')) issuedFrom?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('issuedTo')) issuedTo?: string | null;
}

@InputType()
export class InvoiceFilter extends DocumentFilterFields {
  @Field(() => [InvoiceStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(6) status?: InvoiceStatus[] | null;
  @Field(() => Boolean, {
    nullable: true,
    description: "Open, with a balance, past the due date (the workspace's today); false excludes them.",
  })
  @IsOptional()
  @IsBoolean()
  overdue?: boolean | null;
}

@InputType()
export class QuoteFilter extends DocumentFilterFields {
  @Field(() => [QuoteStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(5) status?: QuoteStatus[] | null;
}

@InputType()
export class InvoiceSort {
  @Field(() => InvoiceSortFieldEnum, { defaultValue: 'CREATED_AT' }) field: InvoiceSortField;
  @Field(() => SortDirectionEnum, { defaultValue: 'DESC' }) direction: SortDirection;
}

@InputType()
export class QuoteSort {
  @Field(() => QuoteSortFieldEnum, { defaultValue: 'CREATED_AT' }) field: QuoteSortField;
  @Field(() => SortDirectionEnum, { defaultValue: 'DESC' }) direction: SortDirection;
}

@InputType()
export class RecordPaymentInput {
  @Field(() => GraphQLSafeInt, { description: 'Minor units, > 0 and at most the balance.' }) amount: number;
  @Field(() => PaymentMethodEnum, { description: 'BANK_TRANSFER, CASH or OTHER.' }) method: PaymentMethod;
  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; the workspace's today by default." })
  @IsOptional()
  @Matches(DATE, dateMsg('receivedAt'))
  receivedAt?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) reference?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) note?: string | null;
}

@InputType()
export class ConvertQuoteInput {
  @Field({
    defaultValue: false,
    description: 'Also create a FIXED project (value = the quote subtotal) linked to the quote and invoice.',
  })
  @IsBoolean()
  createProject: boolean;
  @Field(() => String, { nullable: true, description: "Defaults to the quote's title." })
  @IsOptional()
  @Length(1, 200, { message: 'The project name can have 1 to 200 characters' })
  projectName?: string | null;
}

@InputType()
export class UpdateBillingSettingsInput {
  @Field(() => String, { nullable: true }) @IsOptional() invoicePrefix?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() quotePrefix?: string | null;
  @Field(() => Int, { nullable: true }) @IsOptional() numberPadding?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() paymentTermsDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() quoteValidityDays?: number | null;
  @Field(() => Int, { nullable: true }) @IsOptional() defaultTaxRate?: number | null;
  @Field(() => [Int], { nullable: true }) @IsOptional() reminderOffsetsDays?: number[] | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() remindersEnabled?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() legalName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() taxId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() address?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() email?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() paymentInstructions?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() defaultNotes?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() defaultTerms?: string | null;
}
