import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { ClientFilter } from '../clients/client-list.inputs';
import { filterOptionsOf } from '../clients/client-list.filter';
import { ClientMapPointsType } from './geo.types';
import { MAP_POINT_CAP } from './geo.service';

@Resolver()
export class GeoResolver {
  @Authorized('client.viewList')
  @Query(() => ClientMapPointsType, {
    description: `Coordinates of matching clients (at most ${MAP_POINT_CAP}, by name); addresses are geocoded offline on first use.`,
  })
  clientMapPoints(@Ctx() ctx: Context, @Arg('filter', () => ClientFilter, { nullable: true }) filter?: ClientFilter) {
    return ctx.services.geo.mapPoints(ctx.scope(), filter, filterOptionsOf(ctx));
  }
}
