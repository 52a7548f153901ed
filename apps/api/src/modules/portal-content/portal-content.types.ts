import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { DeliverableStatus, DocumentCategory, ProjectStatus, TaskStatus, TimelineEventType } from '@clientflow/domain';
import { DeliverableStatusEnum } from '../deliverables/deliverable.types';
import { DocumentCategoryEnum } from '../documents/document.types';
import { ProjectStatusEnum, TaskStatusEnum } from '../projects/project.types';
import { TimelineAuthorKindEnum, TimelineEventTypeEnum, type TimelineAuthorKind } from '../timeline/timeline.types';

/*
 * Portal-safe projections. Only these types are reachable from a portal session; each lists the fields a client
 * may see and nothing else (no costs, rates, margins, time entries, internal comments or notes, assignees).
 * The isolation test inspects them: never add internal fields here, never reuse the staff types.
 */

@ObjectType('PortalPerson', { description: 'Who did something, as the client sees it: a name, no ids or emails.' })
export class PortalPersonType {
  @Field(() => TimelineAuthorKindEnum) kind: TimelineAuthorKind;
  @Field() name: string;
}

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

/** Progress, milestones, tasks, deliverables and budget are field resolvers (portal-project.resolver.ts). */
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

@ObjectType('PortalFile')
export class PortalFileType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => GraphQLSafeInt) size: number;
  @Field() contentType: string;
  @Field(() => Int, { nullable: true, description: 'The deliverable version it belongs to.' }) version: number | null;
  @Field() downloadUrl: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PortalDeliverable')
export class PortalDeliverableType {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DeliverableStatusEnum) status: DeliverableStatus;
  @Field(() => Int) version: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
}

@ObjectType('PortalComment', { description: 'A client-visible comment.' })
export class PortalCommentType {
  @Field(() => ID) id: string;
  @Field() body: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PortalDocument')
export class PortalDocumentType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => DocumentCategoryEnum) category: DocumentCategory;
  @Field(() => GraphQLSafeInt) size: number;
  @Field() contentType: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('PortalTimelineEvent')
export class PortalTimelineEventType {
  @Field(() => ID) id: string;
  @Field(() => TimelineEventTypeEnum) type: TimelineEventType;
  @Field(() => Date) occurredAt: Date;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) body: string | null;
}

@ObjectType('PortalTimelinePage', { description: 'Newest first; pass endCursor as `after` for the next page.' })
export class PortalTimelinePageType {
  @Field(() => [PortalTimelineEventType]) nodes: PortalTimelineEventType[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasMore: boolean;
}

@ObjectType('PortalFeedbackRequest', { description: 'An open NPS question from the agency.' })
export class PortalFeedbackRequestType {
  @Field(() => ID) id: string;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The answer, 0–10.' }) score: number | null;
}
