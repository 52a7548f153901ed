import { Field, ID, Int, ObjectType } from 'type-graphql';

/*
 * Portal-safe projection (decision 15): only the fields a client may see. The portal isolation test inspects every
 * type a portal field reaches: never add internal fields here, never reuse the staff types.
 */
@ObjectType('PortalFeedbackRequest', { description: 'An open NPS question from the agency.' })
export class PortalFeedbackRequestType {
  @Field(() => ID) id: string;
  @Field(() => Date) requestedAt: Date;
  @Field(() => Date, { nullable: true }) answeredAt: Date | null;
  @Field(() => Int, { nullable: true, description: 'The answer, 0–10.' }) score: number | null;
}
