import { Field, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Length, Matches, MaxLength } from 'class-validator';
import { CUSTOM_FIELD_LIMITS, type CustomFieldType } from '@clientflow/domain';
import { CustomFieldTypeEnum } from './custom-field.types';

const { labelMax, helpTextMax, optionsMax, optionMax } = CUSTOM_FIELD_LIMITS;

@InputType()
export class CreateCustomFieldDefinitionInput {
  @Field()
  @Length(1, labelMax, { message: `label is required (at most ${labelMax} characters)` })
  label: string;

  @Field(() => CustomFieldTypeEnum)
  type: CustomFieldType;

  @Field(() => [String], { nullable: true, description: 'Required (non-empty) for SELECT; refused for other types.' })
  @IsOptional()
  @ArrayMaxSize(optionsMax, { message: `a field can have at most ${optionsMax} options` })
  @MaxLength(optionMax, { each: true, message: `each option must be at most ${optionMax} characters` })
  options?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(helpTextMax, { message: `help text must be at most ${helpTextMax} characters` })
  helpText?: string | null;
}

/** Key and type are fixed at creation; everything else can change. */
@InputType()
export class UpdateCustomFieldDefinitionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, labelMax, { message: `label cannot be empty (at most ${labelMax} characters)` })
  label?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'SELECT only. Removing an option that clients still use is refused.',
  })
  @IsOptional()
  @ArrayMaxSize(optionsMax, { message: `a field can have at most ${optionsMax} options` })
  @MaxLength(optionMax, { each: true, message: `each option must be at most ${optionMax} characters` })
  options?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(helpTextMax, { message: `help text must be at most ${helpTextMax} characters` })
  helpText?: string | null;
}

@InputType()
export class CustomFieldValueInput {
  @Field()
  @Matches(/^[a-z][a-z0-9_]{0,39}$/, { message: 'key must be a custom field key' })
  key: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value as text ("12.5", "2025-01-31", "true"); null or "" clears it.',
  })
  @IsOptional()
  @MaxLength(2000, { message: 'value is too long' })
  value?: string | null;
}
