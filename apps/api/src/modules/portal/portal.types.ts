import { Field, ID, ObjectType } from 'type-graphql';
import type { ClientStatus } from '@clientflow/domain';
import { ClientStatusEnum } from '../clients/client.types';

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
}

@ObjectType('PortalBranding')
export class PortalBrandingType {
  @Field() agencyName: string;
  @Field(() => String, { nullable: true }) logoUrl: string | null;
  @Field() primaryColor: string;
  @Field(() => String, { nullable: true }) accentColor: string | null;
  @Field() locale: string;
}

@ObjectType('PortalViewer')
export class PortalViewerType {
  @Field(() => PortalContactType) contact: PortalContactType;
  @Field(() => PortalClientType) client: PortalClientType;
  @Field(() => PortalBrandingType) branding: PortalBrandingType;
}
