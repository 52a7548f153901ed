import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import {
  COMMENT_TARGETS,
  DELIVERABLE_DECISIONS,
  DELIVERABLE_STATUSES,
  type CommentTarget,
  type DeliverableDecision,
  type DeliverableStatus,
} from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const DeliverableStatusEnum = enumOf(DELIVERABLE_STATUSES);
registerEnumType(DeliverableStatusEnum, { name: 'DeliverableStatus' });
export const DeliverableDecisionEnum = enumOf(DELIVERABLE_DECISIONS);
registerEnumType(DeliverableDecisionEnum, { name: 'DeliverableDecision' });
export const CommentTargetEnum = enumOf(COMMENT_TARGETS);
registerEnumType(CommentTargetEnum, { name: 'CommentTarget' });

@ObjectType('Deliverable', {
  description: 'Work submitted for the client’s approval; a new version restarts approval.',
})
export class DeliverableType {
  @Field(() => ID) id: string;
  @Field(() => ID) projectId: string;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => DeliverableStatusEnum) status: DeliverableStatus;
  @Field(() => Int, { description: 'Starts at 1; each new version increments it.' }) version: number;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' }) dueDate: string | null;
  @Field(() => Date, { nullable: true, description: 'When the current version was decided.' }) decidedAt: Date | null;
  @Field(() => String, { nullable: true }) decisionComment: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('DeliverableDecisionEntry', { description: 'The outcome of one version.' })
export class DeliverableDecisionType {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => DeliverableDecisionEnum) status: DeliverableDecision;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => Date) decidedAt: Date;
}

@ObjectType('DeliverableFile', { description: 'A document uploaded for a deliverable version.' })
export class DeliverableFileType {
  @Field(() => ID) id: string;
  @Field() fileName: string;
  @Field(() => GraphQLSafeInt, { description: 'Bytes.' }) size: number;
  @Field() contentType: string;
  @Field(() => Int, { description: 'The deliverable version it was uploaded for.' }) version: number;
  @Field() downloadUrl: string;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Comment', {
  description: 'A comment on a task or a deliverable; internal ones never reach the client portal.',
})
export class CommentType {
  @Field(() => ID) id: string;
  @Field(() => CommentTargetEnum) targetType: CommentTarget;
  @Field(() => ID, { nullable: true }) taskId: string | null;
  @Field(() => ID, { nullable: true }) deliverableId: string | null;
  @Field(() => ID) projectId: string;
  @Field() body: string;
  @Field() internal: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}
