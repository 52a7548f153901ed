import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PORTAL } from '../../../platform/auth/auth-checker';
import type { Context } from '../../../platform/graphql/context';
import { idempotentCall } from '../../idempotency/idempotency-call';
import { IdempotencyKeyArg } from '../../idempotency/idempotency-key.arg';
import { jsonResult } from '../../idempotency/idempotency.service';
import type { CheckoutSession } from './checkout-session.entity';
import { CheckoutRedirectType, PortalCheckoutType } from './payments.types';

const view = (c: CheckoutSession): PortalCheckoutType => ({
  id: c.id,
  status: c.status,
  amount: c.amount,
  currency: c.currency,
  invoiceIds: c.items.map((i) => i.invoiceId),
});

@Authorized(PORTAL, 'VIEW_INVOICES')
@Resolver()
export class PaymentsResolver {
  @Mutation(() => CheckoutRedirectType, {
    description: "Pay open invoices of the signed-in contact's client (one currency) online.",
  })
  async createCheckout(
    @Arg('invoiceIds', () => [ID]) invoiceIds: string[],
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<CheckoutRedirectType> {
    const call = idempotentCall(ctx, 'createCheckout', idempotencyKey, { invoiceIds });
    return ctx.services.idempotency.run(ctx.scope(), call, jsonResult<CheckoutRedirectType>(), async (scope) => {
      const { checkout, url } = await ctx.services.checkouts.create(scope, ctx.portal().contactId, invoiceIds);
      return { checkout: view(checkout), url };
    });
  }

  @Query(() => PortalCheckoutType)
  async portalCheckout(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<PortalCheckoutType> {
    return view(await ctx.services.checkouts.get(ctx.scope(), id));
  }
}
