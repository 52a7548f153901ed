import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('WorkspaceSettings', {
  description: 'What owners and admins configure; other staff see the Workspace type.',
})
export class WorkspaceSettingsType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field({ description: 'ISO 4217 code' }) currency: string;
  @Field({ description: 'BCP 47 language tag used to format numbers and dates' }) locale: string;
  @Field({ description: 'IANA time zone' }) timezone: string;
  @Field({ description: 'Hex colour, #rrggbb' }) primaryColor: string;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field({ description: 'Members see financial figures (client values, totals) when true.' })
  memberCanViewFinancials: boolean;
}
