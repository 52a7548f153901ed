import { Field, ID, ObjectType } from 'type-graphql';
import type { TimelineEventType } from '@clientflow/domain';
import { TimelineAuthorKindEnum, TimelineEventTypeEnum, type TimelineAuthorKind } from './timeline.types';

/*
 * Portal-safe projections (decision 15): only the fields a client may see. The portal isolation test inspects every
 * type a portal field reaches: never add internal fields here, never reuse the staff types.
 */

@ObjectType('PortalPerson', { description: 'Who did something, as the client sees it: a name, no ids or emails.' })
export class PortalPersonType {
  @Field(() => TimelineAuthorKindEnum) kind: TimelineAuthorKind;
  @Field() name: string;
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
