import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { ROLES, type Role } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const RoleEnum = enumOf(ROLES);
registerEnumType(RoleEnum, { name: 'Role' });

@ObjectType('Workspace')
export class WorkspaceType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() slug: string;
  @Field() currency: string;
  @Field() locale: string;
  @Field() timezone: string;
  @Field() primaryColor: string;
  @Field({ description: 'Every member must use two-factor authentication (set by an OWNER).' })
  requireTwoFactor: boolean;
}

@ObjectType('User')
export class UserType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field({ description: 'False until they open the link in the verification email (self sign-up).' })
  emailVerified: boolean;
}

@ObjectType('Membership')
export class MembershipType {
  @Field(() => WorkspaceType) workspace: WorkspaceType;
  @Field(() => RoleEnum) role: Role;
}

@ObjectType('Viewer')
export class ViewerType {
  @Field(() => UserType) user: UserType;
  @Field(() => WorkspaceType) workspace: WorkspaceType;
  @Field(() => RoleEnum) role: Role;
  @Field(() => [String]) permissions: string[];
  @Field(() => [MembershipType]) memberships: MembershipType[];
}

@ObjectType('SignInResult', { description: 'The answer to the password step of signing in.' })
export class SignInResultType {
  @Field(() => ViewerType, { nullable: true, description: 'The new session; null while a second factor is due.' })
  viewer: ViewerType | null;
  @Field({ description: 'The password was right; send a code from the authenticator app to verifySignInCode.' })
  twoFactorRequired: boolean;
}

@ObjectType('WorkspaceMember', {
  description: "A staff member of the caller's workspace, e.g. for the account manager picker.",
})
export class WorkspaceMemberType {
  @Field(() => ID, { description: 'The user id.' }) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
}
