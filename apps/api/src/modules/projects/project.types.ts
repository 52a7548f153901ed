import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BILLING_MODES,
  PROJECT_STATUSES,
  PROJECT_TYPES,
  TASK_STATUSES,
  type BillingMode,
  type ProjectStatus,
  type ProjectType,
  type TaskStatus,
} from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const ProjectStatusEnum = enumOf(PROJECT_STATUSES);
export const ProjectTypeEnum = enumOf(PROJECT_TYPES);
export const BillingModeEnum = enumOf(BILLING_MODES);
export const TaskStatusEnum = enumOf(TASK_STATUSES);
export const ProjectSortFieldEnum = enumOf(['NAME', 'CREATED_AT', 'START_DATE', 'END_DATE', 'VALUE'] as const);
export type ProjectSortField = keyof typeof ProjectSortFieldEnum;
export const ProjectDeliverableFilterEnum = enumOf(['DUE_THIS_WEEK', 'PENDING_APPROVAL'] as const);
export type ProjectDeliverableFilter = keyof typeof ProjectDeliverableFilterEnum;

registerEnumType(ProjectStatusEnum, { name: 'ProjectStatus' });
registerEnumType(ProjectTypeEnum, { name: 'ProjectType' });
registerEnumType(BillingModeEnum, { name: 'BillingMode' });
registerEnumType(TaskStatusEnum, { name: 'TaskStatus' });
registerEnumType(ProjectDeliverableFilterEnum, {
  name: 'ProjectDeliverableFilter',
  description:
    'Projects with a deliverable not yet approved that is due this week (workspace time zone), or awaiting approval.',
});
registerEnumType(ProjectSortFieldEnum, { name: 'ProjectSortField', description: 'VALUE needs financials.view.' });

/** Computed fields (client, value, progress, hours, tasks…) are field resolvers in project.resolver.ts. */
@ObjectType('Project', {
  description:
    'A piece of work for a client; unlinked (clientId null) projects are visible to roles with client.viewAll only.',
})
export class ProjectObject {
  @Field(() => ID) id: string;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field() name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => ProjectStatusEnum) status: ProjectStatus;
  @Field(() => ProjectTypeEnum) type: ProjectType;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) startDate: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) estimatedEndDate: string | null;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => BillingModeEnum) billingMode: BillingMode;
  @Field(() => Int, { nullable: true, description: 'Budgeted time in minutes.' }) budgetMinutes: number | null;
  @Field(() => Int, { nullable: true, description: 'Progress set by hand (0–100); null = derived from tasks.' })
  progressOverride: number | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ProjectPage')
export class ProjectPageType {
  @Field(() => [ProjectObject]) nodes: ProjectObject[];
  @Field(() => Int) totalCount: number;
  @Field() hasMore: boolean;
}

@ObjectType('Task')
export class TaskObject {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => TaskStatusEnum) status: TaskStatus;
  @Field(() => ID, { nullable: true }) assigneeId: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field({ description: 'Shown to the client in the portal.' }) clientVisible: boolean;
  @Field(() => Int) position: number;
  @Field(() => Date, { nullable: true }) completedAt: Date | null;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Milestone')
export class MilestoneObject {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field() done: boolean;
  @Field(() => Date, { nullable: true }) doneAt: Date | null;
}
