import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { SegmentDimension } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { filterOptionsOf } from '../clients/client-list.filter';
import { ClientSegmentReportType, SegmentDimensionEnum } from './segment.types';

@Resolver()
export class SegmentResolver {
  @Authorized('client.viewList')
  @Query(() => ClientSegmentReportType, {
    description: 'Clients per segment (count, and value totals for financial roles). VALUE_TIER needs financials.view.',
  })
  clientSegments(@Arg('dimension', () => SegmentDimensionEnum) dimension: SegmentDimension, @Ctx() ctx: Context) {
    return ctx.services.segments.segments(ctx.scope(), dimension, filterOptionsOf(ctx));
  }
}
