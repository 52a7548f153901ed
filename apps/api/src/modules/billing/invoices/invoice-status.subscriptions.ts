import {
  Arg,
  Authorized,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { GraphQLSafeInt } from 'graphql-scalars';
import { PORTAL } from '../../../platform/auth/auth-checker';
import type { Context } from '../../../platform/graphql/context';
import type { Invoice } from './invoice.entity';
import { INVOICE_TOPIC } from './invoice-status.topics';
import { liveStream } from '../../../platform/realtime/live-subscribe';
import type { LiveItem } from '../../../platform/realtime/live-topic';

@ObjectType('InvoiceStatusChange', {
  description: "An invoice's status or amount paid changed (issued, paid, voided…).",
})
export class InvoiceStatusChangeType {
  @Field(() => ID) invoiceId: string;
  @Field(() => ID) clientId: string;
  @Field(() => String, { nullable: true }) number: string | null;
  @Field({ description: 'DRAFT | SENT | PARTIAL | PAID | OVERDUE | VOID' }) status: string;
  @Field() currency: string;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) total: number;
  @Field(() => GraphQLSafeInt, { description: 'Minor units.' }) amountPaid: number;
  @Field(() => Date) updatedAt: Date;
}

type InvoiceArgs = SubscribeResolverData<unknown, { invoiceId?: string | null }, Context>;

const change = ({ row }: LiveItem<Invoice>): InvoiceStatusChangeType => ({
  invoiceId: row.id,
  clientId: row.clientId,
  number: row.number,
  status: row.status,
  currency: row.currency,
  total: row.total,
  amountPaid: row.amountPaid,
  updatedAt: row.updatedAt,
});

const forInvoice = (invoiceId: string | null | undefined) => (item: LiveItem<Invoice>) =>
  !invoiceId || item.row.id === invoiceId;

@Resolver()
export class InvoiceStatusSubscriptionResolver {
  @Authorized('financials.view')
  @Subscription(() => InvoiceStatusChangeType, {
    description: 'Status changes of the invoices the caller can see (one invoice, or all).',
    subscribe: ({ args, context }: InvoiceArgs) =>
      liveStream(context, INVOICE_TOPIC, ['financials.view'], forInvoice(args.invoiceId)),
  })
  invoiceStatusChanged(
    @Root() item: LiveItem<Invoice>,
    @Arg('invoiceId', () => ID, { nullable: true }) _id: string | null,
  ) {
    return change(item);
  }

  @Authorized(PORTAL, 'VIEW_INVOICES')
  @Subscription(() => InvoiceStatusChangeType, {
    description: "Status changes of the signed-in contact's client's issued invoices.",
    subscribe: ({ args, context }: InvoiceArgs) =>
      liveStream(context, INVOICE_TOPIC, [PORTAL, 'VIEW_INVOICES'], forInvoice(args.invoiceId)),
  })
  portalInvoiceStatusChanged(
    @Root() item: LiveItem<Invoice>,
    @Arg('invoiceId', () => ID, { nullable: true }) _id: string | null,
  ) {
    return change(item);
  }
}
