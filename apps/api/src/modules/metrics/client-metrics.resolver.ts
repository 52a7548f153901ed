import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import type { Client } from '../clients/client.entity';
import { ClientType } from '../clients/client.types';
import { totalsFor } from '../time/time-totals';
import { TimeTotalsType } from '../time/time.types';
import { ClientMetricsType } from './client-metrics.types';

/** Metrics and time totals on the Client type, batched per page through loaders; money only for financial roles. */
@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientMetricsResolver {
  @FieldResolver(() => ClientMetricsType)
  async metrics(@Root() client: Client, @Ctx() ctx: Context): Promise<ClientMetricsType> {
    const m = await ctx.loaders.clientMetrics.load(client.id);
    if (ctx.can('financials.view')) return m;
    return { ...m, totalValue: null, averageTicket: null, billableValue: null, costOfTime: null, marginPercent: null };
  }

  @FieldResolver(() => TimeTotalsType, { description: 'Time logged for this client (money needs financials.view).' })
  async timeTotals(@Root() client: Client, @Ctx() ctx: Context): Promise<TimeTotalsType> {
    return totalsFor(ctx, await ctx.loaders.timeTotalsByClient.load(client.id));
  }
}
