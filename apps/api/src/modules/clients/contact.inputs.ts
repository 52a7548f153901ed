import { Field, InputType } from 'type-graphql';
import { IsEmail, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import type { ContactRole } from './contact.entity';
import { ContactRoleEnum } from './client.types';

const PHONE = /^[+()\d\s./-]{5,40}$/;
const PHONE_MESSAGE = (field: string) => `${field} must be a phone number (digits, spaces, + ( ) . / -)`;

/** Fields shared by create and update; all optional here. */
@InputType()
class ContactFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'job title is at most 100 characters' })
  jobTitle?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email?: string | null;

  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: PHONE_MESSAGE('phone') }) phone?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(PHONE, { message: PHONE_MESSAGE('mobile') }) mobile?:
    string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, { message: 'notes are at most 2000 characters' })
  notes?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true makes this the primary contact (the previous one is demoted).',
  })
  @IsOptional()
  isPrimary?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Changing it needs portal.manage.' })
  @IsOptional()
  portalAccess?: boolean | null;
}

@InputType()
export class CreateContactInput extends ContactFieldsInput {
  @Field()
  @Length(1, 200, { message: 'name is required (at most 200 characters)' })
  name: string;

  @Field(() => ContactRoleEnum, { defaultValue: 'OTHER' })
  role: ContactRole;
}

@InputType()
export class UpdateContactInput extends ContactFieldsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'name cannot be empty (at most 200 characters)' })
  name?: string;

  @Field(() => ContactRoleEnum, { nullable: true }) @IsOptional() role?: ContactRole;
}
