import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PORTAL_PERMISSIONS, type ClientStatus, type ContactRole, type PortalPermission } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';
import { ClientStatusEnum, ContactRoleEnum } from '../clients/client.types';

export const PortalPermissionEnum = enumOf<PortalPermission>(PORTAL_PERMISSIONS);
registerEnumType(PortalPermissionEnum, {
  name: 'PortalPermission',
  description: "What a client's portal allows; each contact gets these narrowed by their role.",
});

/** Portal-safe projections: only these fields ever leave the API for a portal session. */
@ObjectType('PortalClient')
export class PortalClientType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ClientStatusEnum) status: ClientStatus;
}

@ObjectType('PortalContact')
export class PortalContactType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() email: string;
  @Field(() => ContactRoleEnum) role: ContactRole;
}

@ObjectType('PortalBranding')
export class PortalBrandingType {
  @Field() agencyName: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field() primaryColor: string;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field({ description: "The portal's language: the client's setting, else the workspace's (en, pt, es or fr)." })
  locale: string;
}

@ObjectType('PortalViewer')
export class PortalViewerType {
  @Field(() => PortalContactType) contact: PortalContactType;
  @Field(() => PortalClientType) client: PortalClientType;
  @Field(() => [PortalPermissionEnum], {
    description: "The client's portal permissions narrowed by this contact's role.",
  })
  permissions: PortalPermission[];
  @Field({ description: 'en, pt, es or fr: the client setting, else the workspace locale.' })
  locale: string;
  @Field(() => PortalBrandingType) branding: PortalBrandingType;
}

@ObjectType('PortalPublicBranding', {
  description: "What a client's portal URL shows before sign-in, and nothing else.",
})
export class PortalPublicBrandingType {
  @Field() agencyName: string;
  @Field({
    description: "The workspace's address now: differs from the one asked for when an old portal URL was used.",
  })
  currentSlug: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field() primaryColor: string;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field() clientName: string;
  @Field() locale: string;
}
