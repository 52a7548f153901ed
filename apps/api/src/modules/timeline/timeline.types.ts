import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { TIMELINE_EVENT_TYPES, type TimelineEventType } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const TimelineEventTypeEnum = enumOf(TIMELINE_EVENT_TYPES);
registerEnumType(TimelineEventTypeEnum, { name: 'TimelineEventType' });

export const TimelineAuthorKindEnum = { USER: 'USER', CONTACT: 'CONTACT' } as const;
export type TimelineAuthorKind = keyof typeof TimelineAuthorKindEnum;
registerEnumType(TimelineAuthorKindEnum, { name: 'TimelineAuthorKind' });

@ObjectType('TimelineAuthor', { description: 'Who wrote an entry: a staff user or a client contact.' })
export class TimelineAuthorType {
  @Field(() => TimelineAuthorKindEnum) kind: TimelineAuthorKind;
  @Field(() => ID) id: string;
  @Field() name: string;
}

@ObjectType('TimelineEvent')
export class TimelineEventType_ {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => TimelineEventTypeEnum) type: TimelineEventType;
  @Field(() => Date) occurredAt: Date;
  @Field() summary: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field() portalVisible: boolean;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('TimelinePage', { description: 'Newest first; pass endCursor as `after` for the next page.' })
export class TimelinePageType {
  @Field(() => [TimelineEventType_]) nodes: TimelineEventType_[];
  @Field(() => String, { nullable: true }) endCursor: string | null;
  @Field() hasMore: boolean;
}
