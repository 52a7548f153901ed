import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';

@ObjectType('TimeProject', { description: 'A project as the time pickers show it.' })
export class TimeProjectType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => String, { nullable: true }) clientName: string | null;
  @Field() status: string;
}

@ObjectType('TimeEntry')
export class TimeEntryType {
  @Field(() => ID) id: string;
  @Field(() => ID) userId: string;
  @Field(() => ID) projectId: string;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => ID, { nullable: true }) taskId: string | null;
  @Field({ description: 'ISO date, workspace timezone.' }) date: string;
  @Field(() => Int) minutes: number;
  @Field() billable: boolean;
  @Field(() => GraphQLSafeInt, { description: 'Minor units per hour charged to the client.' }) billRate: number;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ID, { nullable: true }) invoiceLineId: string | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('RunningTimer')
export class RunningTimerType {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field(() => ID, { nullable: true }) taskId: string | null;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => Date) startedAt: Date;
}

@ObjectType('TimesheetRow', { description: 'One project of the week: minutes per day (Monday first).' })
export class TimesheetRowType {
  @Field(() => ID) projectId: string;
  @Field(() => [Int]) days: number[];
  @Field(() => Int) total: number;
  @Field(() => [TimeEntryType]) entries: TimeEntryType[];
}

@ObjectType('Timesheet', { description: 'An ISO week (Monday start) of one user, grouped by project × day.' })
export class TimesheetType {
  @Field() weekStart: string;
  @Field(() => ID) userId: string;
  @Field(() => [String]) days: string[];
  @Field(() => [TimesheetRowType]) rows: TimesheetRowType[];
  @Field(() => [Int]) dayTotals: number[];
  @Field(() => Int) total: number;
}

@ObjectType('TimeTotals', {
  description:
    'Logged time. billableValue = Σ minutes × billRate / 60 over billable entries, summed exactly then rounded once half-up.',
})
export class TimeTotalsType {
  @Field(() => Int) minutes: number;
  @Field(() => Int) billableMinutes: number;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Minor units; null without financials.view.' })
  billableValue: number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Σ minutes × costRate / 60; null without financials.view.',
  })
  cost: number | null;
}

@ObjectType('MemberCostRate')
export class MemberCostRateType {
  @Field(() => ID) userId: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units per hour.' }) costRate: number;
}

@ObjectType('StartTimerResult')
export class StartTimerResultType {
  @Field(() => RunningTimerType) timer: RunningTimerType;
  @Field(() => TimeEntryType, {
    nullable: true,
    description: 'The entry written for the timer that was running, if any.',
  })
  stopped: TimeEntryType | null;
}
