import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { DeliverableStatus } from '@clientflow/domain';
import { DeliverableStatusEnum } from './deliverable.types';

/*
 * Portal-safe projections (decision 15): only the fields a client may see (no internal comments). The portal
 * isolation test inspects every type a portal field reaches: never add internal fields here, never reuse the staff types.
 */

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
