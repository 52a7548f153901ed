import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { ClientStatus } from '@clientflow/domain';
import { ClientStatusEnum } from '../clients/client.types';

@ObjectType('ClientMapPoint')
export class ClientMapPointType {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => ClientStatusEnum) status: ClientStatus;
  @Field(() => Float) lat: number;
  @Field(() => Float) lng: number;
}

@ObjectType('ClientMapPoints')
export class ClientMapPointsType {
  @Field(() => [ClientMapPointType]) points: ClientMapPointType[];
  @Field(() => Int, { description: 'Matching clients that have coordinates.' }) totalCount: number;
  @Field({
    description: `True when more than the cap of matching clients have coordinates; the first ones by name are returned.`,
  })
  truncated: boolean;
  @Field(() => Int, {
    description: 'Matching clients whose address could not be placed (no city/country, or unknown).',
  })
  unlocatedCount: number;
}
