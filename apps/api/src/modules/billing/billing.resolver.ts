import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context';
import type { Client } from '../clients/client.entity';
import { ClientType } from '../clients/client.types';
import { UpdateBillingSettingsInput } from './billing.inputs';
import { BillingSettingsType, ClientBillingSummaryType } from './billing.types';

@Resolver(() => BillingSettingsType)
export class BillingSettingsResolver {
  @Authorized('financials.view')
  @Query(() => BillingSettingsType, {
    description: 'Numbering, defaults, agency details and reminder schedule of the workspace.',
  })
  billingSettings(@Ctx() ctx: Context) {
    return ctx.services.billingSettings.get(ctx.scope());
  }

  /** billing.manage rather than workspace.manage: the people who invoice own numbering, terms and reminders. */
  @Authorized('billing.manage')
  @Mutation(() => BillingSettingsType, { description: 'Only the fields given change.' })
  updateBillingSettings(
    @Arg('input', () => UpdateBillingSettingsInput) input: UpdateBillingSettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.billingSettings.update(ctx.scope(), input);
  }
}

/** Billing figures on the Client type, batched per page; null without financials.view (like the other money fields). */
@Authorized('client.view')
@Resolver(() => ClientType)
export class ClientBillingResolver {
  @FieldResolver(() => ClientBillingSummaryType, {
    nullable: true,
    description:
      "In the workspace's currency (or the client's main one when it has none there); null without financials.view.",
  })
  async billingSummary(@Root() client: Client, @Ctx() ctx: Context): Promise<ClientBillingSummaryType | null> {
    if (!ctx.can('financials.view')) return null;
    const [all, currency] = await Promise.all([
      ctx.loaders.billingSummariesByClient.load(client.id),
      ctx.loaders.workspaceCurrency.load(client.workspaceId),
    ]);
    return all.find((s) => s.currency === currency) ?? all[0] ?? emptySummary(currency);
  }

  @FieldResolver(() => [ClientBillingSummaryType], {
    nullable: true,
    description: 'One summary per currency invoiced; null without financials.view.',
  })
  async billingSummaries(@Root() client: Client, @Ctx() ctx: Context): Promise<ClientBillingSummaryType[] | null> {
    return ctx.can('financials.view') ? ctx.loaders.billingSummariesByClient.load(client.id) : null;
  }
}

const emptySummary = (currency: string): ClientBillingSummaryType => ({
  currency,
  totalInvoiced: 0,
  totalPaid: 0,
  outstanding: 0,
  averageDaysToPay: null,
  openInvoiceCount: 0,
  overdueCount: 0,
});
