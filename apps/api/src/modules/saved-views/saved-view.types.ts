import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { IsOptional, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { ClientFilter, ClientSort } from '../clients/client-list.inputs';
import { VIEW_MODES, type ViewMode } from './saved-view.entity';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const ViewModeEnum = enumOf(VIEW_MODES);
registerEnumType(ViewModeEnum, { name: 'ClientViewMode' });

@ObjectType('SavedView')
export class SavedViewType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ClientFilter) filters: ClientFilter;
  @Field(() => ClientSort) sort: ClientSort;
  @Field(() => ViewModeEnum) viewMode: ViewMode;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
}

@InputType()
export class SavedViewInput {
  @Field()
  @MinLength(1, { message: 'name is required' })
  @MaxLength(80, { message: 'name must be at most 80 characters' })
  name: string;

  @Field(() => ClientFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filters?: ClientFilter | null;

  @Field(() => ClientSort, { nullable: true })
  @IsOptional()
  @ValidateNested()
  sort?: ClientSort | null;

  @Field(() => ViewModeEnum, { defaultValue: 'TABLE' })
  viewMode: ViewMode;
}
