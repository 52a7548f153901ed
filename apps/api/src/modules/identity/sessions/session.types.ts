import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('UserSession', { description: 'A browser signed in to your account.' })
export class UserSessionType {
  @Field(() => ID) id: string;
  @Field({ description: 'Browser and operating system, e.g. "Chrome 131 on macOS".' }) device: string;
  @Field() ip: string;
  @Field() createdAt: Date;
  @Field() lastSeenAt: Date;
  @Field({ description: 'The session this request was made with.' }) current: boolean;
}
