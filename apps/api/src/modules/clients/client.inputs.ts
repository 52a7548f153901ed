import { Field, ID, InputType } from 'type-graphql';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import type { ClientStatus, SocialNetwork } from '@clientflow/domain';
import type { ClientSize, TaxIdType } from './client.entity';
import { ClientSizeEnum, ClientStatusEnum, SocialNetworkEnum, TaxIdTypeEnum } from './client.types';

@InputType()
export class AddressInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) street?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) city?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) region?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(20) postalCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be a two-letter ISO code, like US or BR' })
  country?: string | null;
}

@InputType()
export class SocialLinkInput {
  @Field(() => SocialNetworkEnum) network: SocialNetwork;
  @Field() @MaxLength(300, { message: 'a URL is at most 300 characters' }) url: string;
}

/** Fields shared by create and update; all optional here. */
@InputType()
class ClientProfileInput {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(200) legalName?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: false }, { message: 'website must be a valid URL' })
  @MaxLength(300)
  website?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100) industry?: string | null;
  @Field(() => ClientSizeEnum, { nullable: true }) @IsOptional() size?: ClientSize | null;
  @Field(() => Date, { nullable: true }) @IsOptional() firstContactAt?: Date | null;
  @Field(() => TaxIdTypeEnum, { nullable: true }) @IsOptional() taxIdType?: TaxIdType | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(40) taxId?: string | null;
  @Field(() => AddressInput, { nullable: true }) @IsOptional() @ValidateNested() address?: AddressInput | null;

  @Field(() => String, { nullable: true, description: 'Where the client came from: referral, website, event…' })
  @IsOptional()
  @MaxLength(100, { message: 'acquisition source is at most 100 characters' })
  acquisitionSource?: string | null;

  @Field(() => [SocialLinkInput], { nullable: true, description: 'Replaces all social links; one URL per network.' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'at most 20 social links' })
  @ValidateNested({ each: true })
  socialLinks?: SocialLinkInput[] | null;

  @Field(() => ID, { nullable: true, description: 'A staff member of this workspace; null clears it.' })
  @IsOptional()
  @IsUUID('all', { message: 'choose a member of this workspace' })
  accountManagerId?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30, { message: 'a client can have at most 30 tags' })
  @MaxLength(40, { each: true, message: 'each tag must be at most 40 characters' })
  tags?: string[] | null;
}

@InputType()
export class CreateClientInput extends ClientProfileInput {
  @Field()
  @Length(1, 200, { message: 'name is required (at most 200 characters)' })
  name: string;

  @Field()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @Field(() => String, {
    nullable: true,
    description: 'Creates the primary contact with this name and the client email.',
  })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => ClientStatusEnum, { defaultValue: 'PROSPECT' })
  @IsIn(['PROSPECT', 'ACTIVE'], { message: 'a new client starts as PROSPECT or ACTIVE' })
  status: ClientStatus;
}

@InputType()
export class UpdateClientInput extends ClientProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name cannot be empty (at most 200 characters)' })
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  email?: string | null;

  @Field(() => ClientStatusEnum, { nullable: true }) @IsOptional() status?: ClientStatus;

  @Field(() => String, { nullable: true, description: 'Why the status changed; recorded on the timeline.' })
  @IsOptional()
  @MaxLength(500)
  statusReason?: string | null;
}
