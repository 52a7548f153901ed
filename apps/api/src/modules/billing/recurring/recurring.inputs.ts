import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsBoolean,
  IsInt,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { RecurrenceFrequency, RecurringMode } from '@clientflow/domain';
import { RecurrenceFrequencyEnum, RecurringModeEnum } from './recurring.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMsg = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

/** Amounts are validated by the domain (invoiceTotals) with the line's index in the field name. */
@InputType()
export class RecurringLineInput {
  @Field() @Length(1, 2000, { message: 'each line needs a description (at most 2000 characters)' }) description: string;
  @Field(() => Float) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) unitPrice: number;
  @Field(() => Int, { defaultValue: 0, description: 'Basis points.' }) taxRate: number;
  @Field(() => Int, { defaultValue: 0, description: 'Basis points.' }) discount: number;
}

@InputType()
class RecurringFieldsInput {
  @Field(() => ID, { nullable: true, description: 'Required for HOURS: the project whose time is billed.' })
  @IsOptional()
  @IsUUID('all', { message: 'choose a project of this client' })
  projectId?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('endDate')) endDate?: string | null;

  @Field(() => [RecurringLineInput], {
    nullable: true,
    description: 'FIXED: the lines of every invoice. Ignored for HOURS.',
  })
  @IsOptional()
  @ArrayMaxSize(100, { message: 'at most 100 lines' })
  @ValidateNested({ each: true })
  lines?: RecurringLineInput[] | null;

  @Field(() => Int, { nullable: true, description: "Days from issue to due; null = the workspace's payment terms." })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'due days must be from 0 to 365' })
  @Max(365, { message: 'due days must be from 0 to 365' })
  dueDays?: number | null;

  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() autoSend?: boolean | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) notes?: string | null;
}

@InputType()
export class CreateRecurringInvoiceInput extends RecurringFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'choose a client' }) clientId: string;
  @Field() @Length(1, 200, { message: 'name is required (at most 200 characters)' }) name: string;
  @Field(() => RecurrenceFrequencyEnum) frequency: RecurrenceFrequency;
  @Field(() => RecurringModeEnum, { defaultValue: 'FIXED' }) mode: RecurringMode;
  @Field() @Matches(DATE, dateMsg('startDate')) startDate: string;
  @Field(() => String, { nullable: true, description: "ISO code; the workspace's currency by default." })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a 3-letter ISO code such as EUR' })
  currency?: string | null;
}

/** startDate, frequency and mode can change only until the first period is recorded (the past stays as billed). */
@InputType()
export class UpdateRecurringInvoiceInput extends RecurringFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name cannot be empty (at most 200 characters)' })
  name?: string | null;
  @Field(() => RecurrenceFrequencyEnum, { nullable: true }) @IsOptional() frequency?: RecurrenceFrequency | null;
  @Field(() => RecurringModeEnum, { nullable: true }) @IsOptional() mode?: RecurringMode | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('startDate')) startDate?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'currency must be a 3-letter ISO code such as EUR' })
  currency?: string | null;
}

@InputType()
export class SchedulePreviewInput {
  @Field() @Matches(DATE, dateMsg('startDate')) startDate: string;
  @Field(() => RecurrenceFrequencyEnum) frequency: RecurrenceFrequency;
  @Field(() => RecurringModeEnum, { defaultValue: 'FIXED' }) mode: RecurringMode;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('endDate')) endDate?: string | null;
}
