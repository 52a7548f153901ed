import { Field, Float, ID, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { ProjectStatus, TaskStatus } from '@clientflow/domain';
import { ProjectStatusEnum, TaskStatusEnum } from './project.types';

/*
 * Portal-safe projections (decision 15): only the fields a client may see (no costs, rates, margins, time entries,
 * internal comments, assignees). The portal isolation test inspects every type a portal field reaches: never add
 * internal fields here, never reuse the staff types.
 */

@ObjectType('PortalMilestone')
export class PortalMilestoneType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field() done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
}

@ObjectType('PortalTask', { description: 'A task the agency marked client-visible.' })
export class PortalTaskType {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}

@ObjectType('PortalBudget', { description: 'Shown only with the VIEW_BUDGET portal permission.' })
export class PortalBudgetType {
  @Field(() => GraphQLSafeInt, { description: 'Contract value in minor units.' }) value: number;
  @Field() currency: string;
  @Field(() => Float, { nullable: true, description: 'Budgeted hours.' }) budgetHours: number | null;
}

/**
 * Progress, milestones, tasks and budget are field resolvers (portal-project.resolver.ts); deliverables one of the
 * deliverables module (deliverables/portal-deliverable.resolver.ts).
 */
@ObjectType('PortalProject')
export class PortalProjectType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ProjectStatusEnum) status: ProjectStatus;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) estimatedEndDate: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
}
