import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NOTIFICATION_KINDS, type NotificationKind } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const NotificationKindEnum = enumOf(NOTIFICATION_KINDS);
registerEnumType(NotificationKindEnum, { name: 'NotificationKind' });

@ObjectType('Notification', {
  description: 'An in-app notification for the signed-in staff user (tickets assigned to them).',
})
export class NotificationType {
  @Field(() => ID) id: string;
  @Field(() => NotificationKindEnum) kind: NotificationKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) body: string | null;
  @Field(() => ID, { nullable: true }) ticketId: string | null;
  @Field(() => ID, { nullable: true }) clientId: string | null;
  @Field(() => Date, { nullable: true }) readAt: Date | null;
  @Field(() => Date) createdAt: Date;
}
