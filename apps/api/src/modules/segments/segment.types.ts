import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { SEGMENT_DIMENSIONS, type SegmentDimension } from '@clientflow/domain';
import { enumOf } from '../../platform/graphql/graphql-enum';

export const SegmentDimensionEnum = enumOf(SEGMENT_DIMENSIONS);
registerEnumType(SegmentDimensionEnum, { name: 'ClientSegmentDimension' });

@ObjectType('ClientSegment')
export class ClientSegmentType {
  @Field(() => String, {
    nullable: true,
    description: 'The dimension value (status, industry, size, tier or tenure); null: not set.',
  })
  key: string | null;
  @Field(() => Int) count: number;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'Sum of client values (minor units); null without financials.view.',
  })
  totalValue: number | null;
  @Field(() => GraphQLSafeInt, { nullable: true, description: 'VALUE_TIER only: the tier starts at this value.' })
  valueMin: number | null;
  @Field(() => GraphQLSafeInt, {
    nullable: true,
    description: 'VALUE_TIER only: the tier ends below this value (null: no limit).',
  })
  valueBelow: number | null;
}

@ObjectType('ClientSegmentReport')
export class ClientSegmentReportType {
  @Field(() => SegmentDimensionEnum) dimension: SegmentDimension;
  @Field(() => [ClientSegmentType]) segments: ClientSegmentType[];
  @Field(() => Int) totalCount: number;
}
