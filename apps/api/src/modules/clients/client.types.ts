import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { CLIENT_STATUSES, SOCIAL_NETWORKS, type ClientStatus, type SocialNetwork } from '@clientflow/domain';
import type { ClientSize, TaxIdType } from './client.entity';
import type { ContactRole } from './contact.entity';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const ClientStatusEnum = enumOf(CLIENT_STATUSES);
export const ClientSizeEnum = enumOf<ClientSize>(['STARTUP', 'SMB', 'ENTERPRISE']);
export const TaxIdTypeEnum = enumOf<TaxIdType>(['CNPJ', 'CPF', 'RUT', 'NIF', 'VAT', 'EIN', 'OTHER']);
export const ContactRoleEnum = enumOf<ContactRole>([
  'DECISION_MAKER',
  'TECHNICAL',
  'BILLING',
  'MARKETING',
  'LEGAL',
  'OBSERVER',
  'OTHER',
]);
export const SocialNetworkEnum = enumOf<SocialNetwork>(SOCIAL_NETWORKS);
export const ClientSortFieldEnum = enumOf(['NAME', 'CREATED_AT', 'TOTAL_VALUE', 'LAST_ACTIVITY'] as const);
export type ClientSortField = keyof typeof ClientSortFieldEnum;
export const SortDirectionEnum = enumOf(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirectionEnum;

registerEnumType(ClientStatusEnum, { name: 'ClientStatus' });
registerEnumType(ClientSizeEnum, { name: 'ClientSize' });
registerEnumType(TaxIdTypeEnum, { name: 'TaxIdType' });
registerEnumType(ContactRoleEnum, { name: 'ContactRole' });
registerEnumType(SocialNetworkEnum, { name: 'SocialNetwork' });
registerEnumType(ClientSortFieldEnum, { name: 'ClientSortField' });
registerEnumType(SortDirectionEnum, { name: 'SortDirection' });

@ObjectType('Address')
export class AddressType {
  @Field(() => String, { nullable: true }) street: string | null;
  @Field(() => String, { nullable: true }) city: string | null;
  @Field(() => String, { nullable: true }) region: string | null;
  @Field(() => String, { nullable: true }) postalCode: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2' }) country: string | null;
}

@ObjectType('SocialLink')
export class SocialLinkType {
  @Field(() => SocialNetworkEnum) network: SocialNetwork;
  @Field() url: string;
}

@ObjectType('Contact')
export class ContactType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) jobTitle: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => String, { nullable: true }) mobile: string | null;
  @Field(() => ContactRoleEnum) role: ContactRole;
  @Field() isPrimary: boolean;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field() portalAccess: boolean;
  @Field(() => Date) createdAt: Date;
}

@ObjectType('Client')
export class ClientType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) legalName: string | null;
  @Field(() => String, { nullable: true }) taxId: string | null;
  @Field(() => TaxIdTypeEnum, { nullable: true }) taxIdType: TaxIdType | null;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => ClientSizeEnum, { nullable: true }) size: ClientSize | null;
  @Field(() => String, { nullable: true }) website: string | null;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) phone: string | null;
  @Field(() => ClientStatusEnum) status: ClientStatus;
  @Field(() => String, { nullable: true }) statusReason: string | null;
  @Field(() => Date, { nullable: true }) statusChangedAt: Date | null;
  @Field(() => String, { nullable: true }) acquisitionSource: string | null;
  @Field(() => Date, { nullable: true }) firstContactAt: Date | null;
  @Field(() => [String]) tags: string[];
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field(() => Date, { nullable: true }) lastActivityAt: Date | null;
  @Field(() => Int, { description: 'Projects with status ACTIVE.' }) activeProjectCount: number;
  @Field(() => Date, { nullable: true, description: 'Set while the client is in the deleted-clients bin.' })
  deletedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('ClientPage')
export class ClientPageType {
  @Field(() => [ClientType]) nodes: ClientType[];
  @Field(() => Int) totalCount: number;
  @Field() hasMore: boolean;
}

export { GraphQLSafeInt };
