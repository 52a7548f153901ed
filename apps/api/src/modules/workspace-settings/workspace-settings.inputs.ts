import { Field, InputType } from 'type-graphql';
import { IsOptional, MaxLength } from 'class-validator';

/** Every field optional: only what is sent changes. The domain validates values (ISO codes, zones, colours). */
@InputType()
export class UpdateWorkspaceSettingsInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100, { message: 'name must be at most 100 characters' })
  name?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(3, { message: 'currency must be an ISO 4217 code, like USD or EUR' })
  currency?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(35, { message: 'locale must be a language tag like en-US' })
  locale?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(64, { message: 'timezone must be an IANA time zone' })
  timezone?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(7, { message: 'primary colour must be a hex colour like #4c6ef5' })
  primaryColor?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(7, { message: 'accent colour must be a hex colour like #0b7285' })
  accentColor?: string | null;
  @Field(() => Boolean, { nullable: true }) @IsOptional() memberCanViewFinancials?: boolean | null;
}
