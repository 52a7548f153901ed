import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const CustomFieldTypeEnum = enumOf(CUSTOM_FIELD_TYPES);
registerEnumType(CustomFieldTypeEnum, {
  name: 'CustomFieldType',
  description:
    'Stored in client.customFields as: TEXT/URL/SELECT → string, NUMBER → number, DATE → "YYYY-MM-DD", CHECKBOX → boolean.',
});

@ObjectType('CustomFieldDefinition')
export class CustomFieldDefinitionType {
  @Field(() => ID) id: string;
  @Field({ description: 'Stable key in client.customFields; generated from the first label and never changed.' })
  key: string;
  @Field() label: string;
  @Field(() => CustomFieldTypeEnum) type: CustomFieldType;
  @Field(() => [String], { description: 'Choices of a SELECT field, in display order.' }) options: string[];
  @Field(() => String, { nullable: true }) helpText: string | null;
  @Field(() => Int) position: number;
  @Field(() => Date, { nullable: true }) archivedAt: Date | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@ObjectType('CustomFieldValue')
export class CustomFieldValueType {
  @Field(() => CustomFieldDefinitionType) definition: CustomFieldDefinitionType;
  @Field(() => String, {
    nullable: true,
    description: 'The stored value as a string ("12.5", "2025-01-31", "true"); null when unset.',
  })
  value: string | null;
  @Field(() => String, { nullable: true, description: 'A readable rendering (checkboxes as Yes/No); null when unset.' })
  display: string | null;
}
