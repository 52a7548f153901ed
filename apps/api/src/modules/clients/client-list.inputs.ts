import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { ArrayMaxSize, IsOptional, IsUUID, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { TENURES, type ClientStatus, type Tenure } from '@clientflow/domain';
import type { ClientSize } from './client.entity';
import {
  ClientSizeEnum,
  ClientSortFieldEnum,
  ClientStatusEnum,
  SortDirectionEnum,
  type ClientSortField,
  type SortDirection,
} from './client.types';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const MAX_PAGE_SIZE = 100;

export const ClientTenureEnum = enumOf(TENURES);
registerEnumType(ClientTenureEnum, {
  name: 'ClientTenure',
  description: 'NEW: first contact (else creation) within the last 365 days; RECURRING: before that.',
});

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0, { message: 'offset cannot be negative' })
  @Max(1_000_000)
  offset: number;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(MAX_PAGE_SIZE, { message: `limit cannot exceed ${MAX_PAGE_SIZE}` })
  limit: number;
}

/** Matches clients whose custom field `key` holds `value` (numbers and booleans match their text form). */
@ObjectType('CustomFieldFilter')
@InputType('CustomFieldFilterInput')
export class CustomFieldFilterInput {
  @Field()
  @Matches(/^[A-Za-z][A-Za-z0-9_]{0,63}$/, { message: 'key must be a custom field key (letters, digits, _)' })
  key: string;

  @Field()
  @MaxLength(500)
  value: string;
}

/** The list filter; also stored as-is in saved views (hence an output type too). */
@ObjectType('SavedClientFilter')
@InputType('ClientFilter')
export class ClientFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ClientStatusEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: ClientStatus[];

  @Field({ defaultValue: false })
  includeArchived: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: at least one active project; false: none; null: any.' })
  @IsOptional()
  hasProjects?: boolean | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(120, { each: true })
  industries?: string[];

  @Field(() => [ClientSizeEnum], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  sizes?: ClientSize[];

  @Field(() => [String], { nullable: true, description: 'Clients with any of these tags.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @MaxLength(60, { each: true })
  tags?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true, message: 'accountManagerIds must be user ids' })
  accountManagerIds?: string[];

  @Field(() => [CustomFieldFilterInput], { nullable: true, description: 'All must match.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  customFields?: CustomFieldFilterInput[];

  @Field(() => ClientTenureEnum, { nullable: true })
  @IsOptional()
  tenure?: Tenure | null;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Total value at least this (minor units); needs financials.view.',
  })
  @IsOptional()
  @Min(0)
  valueMin?: number | null;

  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Total value below this (minor units); needs financials.view.',
  })
  @IsOptional()
  @Min(0)
  valueBelow?: number | null;
}

@ObjectType('SavedClientSort')
@InputType('ClientSort')
export class ClientSort {
  @Field(() => ClientSortFieldEnum, { defaultValue: 'NAME' })
  field: ClientSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}
