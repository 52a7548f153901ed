import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('WorkspaceSettings', {
  description: 'What owners and admins configure; other staff see the Workspace type.',
})
export class WorkspaceSettingsType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field({ description: "The workspace's address in portal URLs: <portalOrigin>/p/<slug>/<clientKey>." }) slug: string;
  @Field({ description: 'ISO 4217 code' }) currency: string;
  @Field({ description: 'BCP 47 language tag used to format numbers and dates' }) locale: string;
  @Field({ description: 'IANA time zone' }) timezone: string;
  @Field({ description: 'Hex colour, #rrggbb' }) primaryColor: string;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field({ description: 'Members see financial figures (client values, totals) when true.' })
  memberCanViewFinancials: boolean;
}

@ObjectType('WorkspaceDeletionResult', {
  description: 'The workspace is gone for everyone; where its OWNER goes next.',
})
export class WorkspaceDeletionResultType {
  @Field(() => ID, {
    nullable: true,
    description: "The caller's other workspace, now signed in to; null when they had none (signed out).",
  })
  nextWorkspaceId: string | null;
}
