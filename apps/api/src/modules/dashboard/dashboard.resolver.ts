import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import { DashboardType } from './dashboard.types';

@Authorized('client.viewList')
@Resolver(() => DashboardType)
export class DashboardResolver {
  @Query(() => DashboardType, { description: 'Home page figures; a MEMBER sees only the clients they manage.' })
  dashboard(@Ctx() ctx: Context) {
    return ctx.services.dashboard.load(ctx.scope(), { canSeeFinancials: ctx.can('financials.view') });
  }
}
