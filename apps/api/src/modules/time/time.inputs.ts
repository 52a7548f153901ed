import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { IsInt, IsOptional, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { MAX_ENTRY_MINUTES } from '@clientflow/domain';

const minutesMessage = `minutes must be a whole number between 1 and ${MAX_ENTRY_MINUTES}`;
const dateMessage = 'date must be a calendar date like 2026-03-14';

@InputType()
export class LogTimeInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be a valid id' }) projectId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'taskId must be a valid id' }) taskId?:
    string | null;
  @Field() @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: dateMessage }) date: string;
  @Field(() => Int)
  @IsInt({ message: minutesMessage })
  @Min(1, { message: minutesMessage })
  @Max(MAX_ENTRY_MINUTES, { message: minutesMessage })
  minutes: number;
  @Field({ defaultValue: true }) billable: boolean;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: "Minor units per hour; defaults to the project's hourly rate (HOURLY) else 0.",
  })
  @IsOptional()
  @Min(0, { message: 'billRate must not be negative' })
  billRate?: number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: "Minor units per hour; defaults to the member's cost rate. Needs financials.view.",
  })
  @IsOptional()
  @Min(0, { message: 'costRate must not be negative' })
  costRate?: number | null;
}

@InputType({ description: 'Only what is sent changes.' })
export class UpdateTimeEntryInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'projectId must be a valid id' })
  projectId?: string | null;
  @Field(() => ID, { nullable: true, description: 'null clears the task.' })
  @IsOptional()
  @IsUUID('all', { message: 'taskId must be a valid id' })
  taskId?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: dateMessage })
  date?: string | null;
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt({ message: minutesMessage })
  @Min(1, { message: minutesMessage })
  @Max(MAX_ENTRY_MINUTES, { message: minutesMessage })
  minutes?: number | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() billable?: boolean | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;
  @Field(() => GraphQLSafeInt, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'billRate must not be negative' })
  billRate?: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Needs financials.view.' })
  @IsOptional()
  @Min(0, { message: 'costRate must not be negative' })
  costRate?: number | null;
}

@InputType()
export class StartTimerInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be a valid id' }) projectId: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID('all', { message: 'taskId must be a valid id' }) taskId?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
  description?: string | null;
}
