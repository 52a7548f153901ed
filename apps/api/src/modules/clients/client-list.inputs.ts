import { Field, InputType, Int } from 'type-graphql';
import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import type { ClientStatus } from '@clientflow/domain';
import { ClientSortFieldEnum, ClientStatusEnum, SortDirectionEnum, type ClientSortField, type SortDirection } from './client.types';

export const MAX_PAGE_SIZE = 100;

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

@InputType()
export class ClientFilter {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  search?: string;

  @Field(() => [ClientStatusEnum], { nullable: true })
  @IsOptional()
  status?: ClientStatus[];

  @Field({ defaultValue: false })
  includeArchived: boolean;
}

@InputType()
export class ClientSort {
  @Field(() => ClientSortFieldEnum, { defaultValue: 'NAME' })
  field: ClientSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC' })
  direction: SortDirection;
}
