import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NPS_CATEGORIES } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const NpsCategoryEnum = enumOf(NPS_CATEGORIES);
registerEnumType(NpsCategoryEnum, { name: 'NpsCategory', description: '0–6 detractor, 7–8 passive, 9–10 promoter.' });

/** Staff view of one feedback request (answered or open). Who asked/answered and the project are field resolvers. */
@ObjectType('FeedbackRequest')
export class FeedbackRequestType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => ID, { nullable: true }) projectId: string | null;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Int, { nullable: true, description: '0–10; null while unanswered.' }) score: number | null;
  @Field(() => String, { nullable: true }) comment: string | null;
}

@ObjectType('ClientFeedback', { description: "A client's NPS answers and open requests." })
export class ClientFeedbackType {
  @Field(() => Int, {
    nullable: true,
    description: '% promoters − % detractors over every answer; null without answers.',
  })
  nps: number | null;
  @Field(() => [FeedbackRequestType], { description: 'Answered requests, newest first (score history).' })
  answered: FeedbackRequestType[];
  @Field(() => [FeedbackRequestType], { description: 'Requests still waiting for an answer.' })
  open: FeedbackRequestType[];
}
