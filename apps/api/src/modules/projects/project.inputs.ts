import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
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
import type { BillingMode, ProjectStatus, ProjectType, TaskStatus } from '@clientflow/domain';
import { CreateClientInput } from '../clients/client.inputs';
import { SortDirectionEnum, type SortDirection } from '../clients/client.types';
import {
  BillingModeEnum,
  ProjectDeliverableFilterEnum,
  ProjectSortFieldEnum,
  ProjectStatusEnum,
  ProjectTypeEnum,
  TaskStatusEnum,
  type ProjectDeliverableFilter,
  type ProjectSortField,
} from './project.types';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const dateMsg = (field: string) => ({ message: `${field} must be a date (YYYY-MM-DD)` });

@InputType()
export class ProjectFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'clientId must be a client id' })
  clientId?: string | null;
  @Field(() => [ProjectStatusEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(4) status?: ProjectStatus[] | null;
  @Field(() => String, { nullable: true, description: 'Matches the project or client name (accent-insensitive).' })
  @IsOptional()
  @MaxLength(200)
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Open (ACTIVE/PAUSED) projects past their estimated end date.' })
  @IsOptional()
  overdue?: boolean | null;
  @Field(() => ProjectDeliverableFilterEnum, {
    nullable: true,
    description: 'Only projects with such deliverables (the dashboard links here).',
  })
  @IsOptional()
  deliverables?: ProjectDeliverableFilter | null;
}

@InputType()
export class ProjectSort {
  @Field(() => ProjectSortFieldEnum, { defaultValue: 'CREATED_AT' }) field: ProjectSortField;
  @Field(() => SortDirectionEnum, { defaultValue: 'DESC' }) direction: SortDirection;
}

/** Fields shared by create and update; all optional here. */
@InputType()
class ProjectFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => ProjectTypeEnum, { nullable: true }) @IsOptional() type?: ProjectType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('startDate')) startDate?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('estimatedEndDate')) estimatedEndDate?:
    string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Contract value in minor units.' })
  @IsOptional()
  @Min(0, { message: 'value must be zero or more' })
  value?: number | null;

  @Field(() => BillingModeEnum, { nullable: true }) @IsOptional() billingMode?: BillingMode | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'Minor units per hour; required for HOURLY.' })
  @IsOptional()
  @Min(0, { message: 'hourly rate must be zero or more' })
  hourlyRate?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0, { message: 'budget must be zero or more' })
  budgetMinutes?: number | null;

  @Field(() => Int, { nullable: true, description: '0–100; null derives progress from tasks.' })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'progress must be from 0 to 100' })
  @Max(100, { message: 'progress must be from 0 to 100' })
  progressOverride?: number | null;
}

@InputType()
export class CreateProjectInput extends ProjectFieldsInput {
  @Field(() => ID, { nullable: true, description: 'An existing client; or give newClient.' })
  @IsOptional()
  @IsUUID('all', { message: 'choose a client' })
  clientId?: string | null;

  @Field(() => CreateClientInput, { nullable: true, description: 'Creates this client in the same transaction.' })
  @IsOptional()
  @ValidateNested()
  newClient?: CreateClientInput | null;

  @Field() @Length(1, 200, { message: 'name is required (at most 200 characters)' }) name: string;
}

@InputType()
export class UpdateProjectInput extends ProjectFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name cannot be empty (at most 200 characters)' })
  name?: string | null;
}

@InputType()
class TaskFieldsInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(5000) description?: string | null;
  @Field(() => TaskStatusEnum, { nullable: true }) @IsOptional() status?: TaskStatus | null;
  @Field(() => ID, { nullable: true, description: 'A member of this workspace; null clears it.' })
  @IsOptional()
  @IsUUID('all', { message: 'choose a member of this workspace' })
  assigneeId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('dueDate')) dueDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() clientVisible?: boolean | null;
}

@InputType()
export class CreateTaskInput extends TaskFieldsInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be a project id' }) projectId: string;
  @Field() @Length(1, 300, { message: 'title is required (at most 300 characters)' }) title: string;
}

@InputType()
export class UpdateTaskInput extends TaskFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 300, { message: 'title cannot be empty (at most 300 characters)' })
  title?: string | null;
}

@InputType()
export class CreateMilestoneInput {
  @Field(() => ID) @IsUUID('all', { message: 'projectId must be a project id' }) projectId: string;
  @Field() @Length(1, 200, { message: 'name is required (at most 200 characters)' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('dueDate')) dueDate?: string | null;
}

@InputType()
export class UpdateMilestoneInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name cannot be empty (at most 200 characters)' })
  name?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(DATE, dateMsg('dueDate')) dueDate?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsIn([true, false]) done?: boolean | null;
}
