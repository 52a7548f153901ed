import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';
import type { Role } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';
import { RoleEnum } from '../identity/identity.types';

export const INVITATION_STATUSES = ['PENDING', 'EXPIRED', 'ACCEPTED', 'REVOKED'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];
export const InvitationStatusEnum = enumOf(INVITATION_STATUSES);
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });

@ObjectType('TeamMember', { description: 'A member of the workspace, for Settings → Team (owners and admins).' })
export class TeamMemberType {
  @Field(() => ID, { description: 'The user id.' }) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => Date, { nullable: true }) lastSignInAt: Date | null;
  @Field(() => Date, { description: 'When they joined this workspace.' }) joinedAt: Date;
  @Field(() => Int, { description: 'Clients they are account manager of (reassigned when they are removed).' })
  managedClientCount: number;
}

@ObjectType('TeamInvitation')
export class TeamInvitationType {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => String, { nullable: true }) invitedByName: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { description: 'When the current link was sent (first send or last resend).' }) sentAt: Date;
  @Field(() => Date) expiresAt: Date;
  @Field(() => InvitationStatusEnum) status: InvitationStatus;
}

@ObjectType('InvitationPreview', { description: 'What the accept-invitation page shows before anyone signs in.' })
export class InvitationPreviewType {
  @Field() agencyName: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field(() => String, { nullable: true }) inviterName: string | null;
  @Field(() => InvitationStatusEnum) status: InvitationStatus;
  @Field(() => Date) expiresAt: Date;
  @Field({ description: 'An account with this email exists: accepting needs signing in as it.' })
  accountExists: boolean;
  @Field({ description: 'The caller is signed in as the invited email.' }) signedInAsInvitee: boolean;
}

@InputType()
export class InviteMemberInput {
  @Field() @MaxLength(320, { message: 'email must be at most 320 characters' }) email: string;
  @Field(() => RoleEnum) role: Role;
}

@InputType()
export class AcceptInvitationInput {
  @Field() @MaxLength(100, { message: 'token is not valid' }) token: string;
  @Field(() => String, { nullable: true, description: 'Required when the email has no account yet.' })
  @IsOptional()
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: 'Required when the email has no account yet.' })
  @IsOptional()
  @MaxLength(200, { message: 'password is too long' })
  password?: string | null;
}
