import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { enumOf } from '../../../platform/graphql/graphql-enum';
import { CHECKOUT_STATUSES, type CheckoutStatus } from '@clientflow/domain';

export const CheckoutStatusEnum = enumOf(CHECKOUT_STATUSES);
registerEnumType(CheckoutStatusEnum, {
  name: 'CheckoutStatus',
  description:
    'SETTLING: paid with a method that settles later (money on its way); FAILED: that payment failed; ' +
    'EXPIRED: closed unpaid at the provider.',
});

@ObjectType('PortalCheckout', {
  description: 'A "Pay now" started from the portal; COMPLETED once the provider confirmed the payment.',
})
export class PortalCheckoutType {
  @Field(() => ID) id: string;
  @Field(() => CheckoutStatusEnum) status: CheckoutStatus;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) amount: number;
  @Field() currency: string;
  @Field(() => [ID]) invoiceIds: string[];
}

@ObjectType('PortalCheckoutRedirect')
export class CheckoutRedirectType {
  @Field(() => PortalCheckoutType) checkout: PortalCheckoutType;
  @Field({ description: "Where to send the browser: the provider's hosted page (relative for the local stand-in)." })
  url: string;
}
