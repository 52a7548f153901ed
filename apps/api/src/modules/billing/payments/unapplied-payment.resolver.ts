import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import type { Context } from '../../../platform/graphql/context';
import { UnappliedPayment, type UnappliedReason } from './unapplied-payment.entity';

@ObjectType('UnappliedPayment', {
  description:
    'Money the payment provider collected that no invoice could take (invoice voided, or paid by other means / ' +
    'overpaid meanwhile): kept on the client and flagged for refund at the provider.',
})
export class UnappliedPaymentType {
  @Field(() => ID) id: string;
  @Field(() => ID) clientId: string;
  @Field(() => [ID], { description: 'The invoices of the checkout the money was for.' }) invoiceIds: string[];
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) amount: number;
  @Field() currency: string;
  @Field(() => String, { description: 'INVOICE_VOID or NOT_OWED.' }) reason: UnappliedReason;
  @Field(() => String, { description: 'REFUND_DUE.' }) status: string;
  @Field({ description: "The provider's payment (e.g. Stripe payment intent) to refund." }) providerPaymentId: string;
  @Field(() => Date) createdAt: Date;
}

const view = (u: UnappliedPayment): UnappliedPaymentType => ({
  ...u,
  providerPaymentId: u.providerPaymentId.replace(/:unapplied$/, ''),
});

/** Staff with financials.view; MEMBERs see their own clients' rows only (TenantScope). */
@Authorized('financials.view')
@Resolver()
export class UnappliedPaymentResolver {
  @Query(() => [UnappliedPaymentType], { description: 'Newest first; of one client when clientId is given.' })
  async unappliedPayments(
    @Arg('clientId', () => ID, { nullable: true }) clientId: string | null,
    @Ctx() ctx: Context,
  ): Promise<UnappliedPaymentType[]> {
    const qb = ctx.scope().query(UnappliedPayment, 'u').orderBy('u."createdAt"', 'DESC').take(200);
    if (clientId) qb.andWhere('u."clientId" = :clientId', { clientId });
    return (await qb.getMany()).map(view);
  }
}
