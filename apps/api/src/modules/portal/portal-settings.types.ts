import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import { PORTAL_LOCALES, type ContactRole, type PortalPermission } from '@clientflow/domain';
import { ContactRoleEnum } from '../clients/client.types';
import { PortalPermissionEnum } from './portal.types';

@ObjectType('PortalContactAccess', { description: 'A contact of the client as the portal sees it.' })
export class PortalContactAccessType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => ContactRoleEnum) role: ContactRole;
  @Field() portalAccess: boolean;
  @Field(() => Date, { nullable: true }) portalInvitedAt: Date | null;
  @Field(() => [PortalPermissionEnum], { description: "The client's permissions narrowed by this contact's role." })
  permissions: PortalPermission[];
}

@ObjectType('ClientPortalSettings')
export class ClientPortalSettingsType {
  @Field(() => ID) clientId: string;
  @Field() enabled: boolean;
  @Field({ description: 'true: every project of the client; false: only projectIds.' }) allProjects: boolean;
  @Field(() => [ID]) projectIds: string[];
  @Field(() => [PortalPermissionEnum]) permissions: PortalPermission[];
  @Field(() => String, { nullable: true, description: "en, pt, es or fr; null = the workspace's locale." })
  locale: string | null;
  @Field({ description: 'The language the portal actually uses for this client.' }) effectiveLocale: string;
  @Field({ description: 'The client part of the portal URL; random and regenerable.' }) portalKey: string;
  @Field({ description: "The client's own portal sign-in address." }) portalUrl: string;
  @Field(() => [PortalContactAccessType]) contacts: PortalContactAccessType[];
}

@InputType()
export class UpdateClientPortalSettingsInput {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() enabled?: boolean | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean() allProjects?: boolean | null;
  @Field(() => [ID], { nullable: true, description: "Must be the client's own projects." })
  @IsOptional()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true, message: 'projectIds must be project ids' })
  projectIds?: string[] | null;
  @Field(() => [PortalPermissionEnum], { nullable: true }) @IsOptional() @ArrayMaxSize(10) permissions?:
    PortalPermission[] | null;
  @Field(() => String, { nullable: true, description: "en, pt, es or fr; null = the workspace's locale." })
  @IsOptional()
  @IsIn([...PORTAL_LOCALES], { message: 'locale must be one of en, pt, es, fr' })
  locale?: string | null;
}
