import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  RECURRENCE_FREQUENCIES,
  RECURRING_MODES,
  type RecurrenceFrequency,
  type RecurringMode,
} from '@clientflow/domain';
import { enumOf } from '../../../platform/graphql/graphql-enum';
import { RECURRING_RUN_OUTCOMES, type RecurringRunOutcome } from './recurring-invoice-run.entity';

export const RecurrenceFrequencyEnum = enumOf(RECURRENCE_FREQUENCIES);
export const RecurringModeEnum = enumOf(RECURRING_MODES);
export const RecurringRunOutcomeEnum = enumOf(RECURRING_RUN_OUTCOMES);
export const RecurringStatusEnum = enumOf(['ACTIVE', 'PAUSED', 'FINISHED'] as const);
export type RecurringStatus = keyof typeof RecurringStatusEnum;

registerEnumType(RecurrenceFrequencyEnum, { name: 'RecurrenceFrequency' });
registerEnumType(RecurringModeEnum, {
  name: 'RecurringMode',
  description:
    "FIXED bills the line templates in advance (issued on the period's first day); HOURS bills the period's billable, unbilled time of the project in arrears (issued the day after the period ends).",
});
registerEnumType(RecurringRunOutcomeEnum, {
  name: 'RecurringRunOutcome',
  description:
    'INVOICED (invoiceId null once that draft was deleted), NOTHING_TO_BILL (HOURS period without billable time), SKIPPED (its issue date passed while paused).',
});
registerEnumType(RecurringStatusEnum, {
  name: 'RecurringStatus',
  description: 'FINISHED: every period up to the end date is billed.',
});

@ObjectType('RecurringLineTemplate')
export class RecurringLineTemplateType {
  @Field() description: string;
  @Field(() => Float, { description: 'At most 3 decimals.' }) quantity: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) unitPrice: number;
  @Field(() => Int, { description: 'Basis points (2300 = 23%).' }) taxRate: number;
  @Field(() => Int, { description: 'Basis points of the line gross.' }) discount: number;
}

@ObjectType('RecurringTotals', {
  description: 'Totals of the FIXED line templates, computed by the domain (invoiceTotals).',
})
export class RecurringTotalsType {
  @Field(() => GraphQLSafeInt) subtotal: number;
  @Field(() => GraphQLSafeInt) taxTotal: number;
  @Field(() => GraphQLSafeInt) total: number;
}

@ObjectType('ScheduledRun', { description: 'One period of a schedule and the day its invoice is issued.' })
export class ScheduledRunType {
  @Field({ description: 'YYYY-MM-DD' }) issueDate: string;
  @Field({ description: 'YYYY-MM-DD' }) periodStart: string;
  @Field({ description: 'YYYY-MM-DD, inclusive' }) periodEnd: string;
}

@ObjectType('RecurringInvoiceRun', {
  description: 'One period of a schedule, recorded once (unique per schedule and period).',
})
export class RecurringInvoiceRunType {
  @Field(() => ID) id: string;
  @Field() periodStart: string;
  @Field() periodEnd: string;
  @Field(() => RecurringRunOutcomeEnum) outcome: RecurringRunOutcome;
  @Field(() => ID, { nullable: true }) invoiceId: string | null;
  @Field(() => String, { nullable: true, description: 'Null while the invoice is a draft.' }) invoiceNumber:
    string | null;
  @Field(() => String, { nullable: true }) invoiceStatus: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Minor units.' }) invoiceTotal: number | null;
  @Field(() => Date) createdAt: Date;
}

/** client, project, runs, upcoming and totals are field resolvers (recurring.resolver.ts). */
@ObjectType('RecurringInvoice')
export class RecurringInvoiceType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field() name: string;
  @Field(() => RecurrenceFrequencyEnum) frequency: RecurrenceFrequency;
  @Field(() => RecurringModeEnum) mode: RecurringMode;
  @Field({ description: 'YYYY-MM-DD; issue dates are anchored to it.' }) startDate: string;
  @Field(() => String, { nullable: true, description: 'The period starting on or before it is the last one billed.' })
  endDate: string | null;
  @Field(() => String, {
    nullable: true,
    description: 'When the next invoice is due to be created; null when finished.',
  })
  nextIssueDate: string | null;
  @Field(() => [RecurringLineTemplateType]) lines: RecurringLineTemplateType[];
  @Field() currency: string;
  @Field(() => Int, { nullable: true, description: "Days from issue to due; null = the workspace's payment terms." })
  dueDays: number | null;
  @Field({ description: 'Issue and email each invoice (true) or leave it as a draft to review (false).' })
  autoSend: boolean;
  @Field() active: boolean;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}
