import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { badInput, type EmailTemplateKind } from '@clientflow/domain';
import type { Context } from '../../../platform/graphql/context';
import { Invoice } from '../invoices/invoice.entity';
import { InvoiceType, QuoteType } from '../billing.types';
import { Payment } from '../payments/payment.entity';
import { Quote } from '../quotes/quote.entity';
import { idempotentCall } from '../../idempotency/idempotency-call';
import { IdempotencyKeyArg } from '../../idempotency/idempotency-key.arg';
import { jsonResult } from '../../idempotency/idempotency.service';
import { EmailTemplateKindEnum } from '../templates/email-template.types';
import { BillingEmailPreviewType, SentBillingEmailType } from './billing-email.types';

/** Previewing and sending invoice and quote emails (the PDF attached); staff with billing.manage only. */
@Authorized('billing.manage')
@Resolver(() => SentBillingEmailType)
export class BillingEmailResolver {
  @Query(() => BillingEmailPreviewType, {
    description:
      'Renders a billing email with the real document; subject/body override the effective template (validated like a template).',
  })
  async previewBillingEmail(
    @Arg('kind', () => EmailTemplateKindEnum) kind: EmailTemplateKind,
    @Arg('invoiceId', () => ID, { nullable: true }) invoiceId: string | null,
    @Arg('quoteId', () => ID, { nullable: true }) quoteId: string | null,
    @Arg('subject', () => String, { nullable: true }) subject: string | null,
    @Arg('body', () => String, { nullable: true }) body: string | null,
    @Ctx() ctx: Context,
  ): Promise<BillingEmailPreviewType> {
    const scope = ctx.scope();
    const mailer = ctx.services.billingMailer;
    if (kind === 'QUOTE') {
      if (!quoteId) throw badInput('quoteId', 'Choose the quote to preview');
      return mailer.composeQuote(scope, quoteId, { subject, body });
    }
    if (!invoiceId) throw badInput('invoiceId', 'Choose the invoice to preview');
    const extra: Record<string, string> = {};
    if (kind === 'RECEIPT') {
      const last = await scope
        .query(Payment, 'p')
        .andWhere('p."invoiceId" = :invoiceId', { invoiceId })
        .orderBy('p."createdAt"', 'DESC')
        .getOne();
      if (last) Object.assign(extra, await mailer.receiptValues(scope, last));
    }
    return mailer.composeInvoice(scope, invoiceId, kind, { subject, body }, extra);
  }

  @Mutation(() => SentBillingEmailType, {
    description:
      'Issues a DRAFT first (number, billing snapshot), then emails it with its PDF; SENT, PARTIAL and OVERDUE invoices are re-sent.',
  })
  sendInvoice(
    @Arg('id', () => ID) id: string,
    @Arg('subject', () => String, { nullable: true }) subject: string | null,
    @Arg('body', () => String, { nullable: true }) body: string | null,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<SentBillingEmailType> {
    const actorUserId = ctx.staff().userId;
    const call = idempotentCall(ctx, 'sendInvoice', idempotencyKey, { id, subject, body });
    return ctx.services.idempotency.run(ctx.scope(), call, jsonResult<SentBillingEmailType>(), (scope) =>
      ctx.services.billingMailer.sendInvoice(scope, id, { subject, body, actorUserId }),
    );
  }

  @Mutation(() => SentBillingEmailType, {
    description:
      'Marks a DRAFT or EXPIRED quote sent first (number, validity), then emails it with its PDF; SENT quotes are re-sent.',
  })
  sendQuote(
    @Arg('id', () => ID) id: string,
    @Arg('subject', () => String, { nullable: true }) subject: string | null,
    @Arg('body', () => String, { nullable: true }) body: string | null,
    @IdempotencyKeyArg() idempotencyKey: string | null,
    @Ctx() ctx: Context,
  ): Promise<SentBillingEmailType> {
    const actorUserId = ctx.staff().userId;
    const call = idempotentCall(ctx, 'sendQuote', idempotencyKey, { id, subject, body });
    return ctx.services.idempotency.run(ctx.scope(), call, jsonResult<SentBillingEmailType>(), (scope) =>
      ctx.services.billingMailer.sendQuote(scope, id, { subject, body, actorUserId }),
    );
  }

  @FieldResolver(() => InvoiceType, {
    nullable: true,
    description: 'The invoice as it is after sending (status, number).',
  })
  invoice(@Root() sent: SentBillingEmailType, @Ctx() ctx: Context): Promise<Invoice> | null {
    return sent.invoiceId ? ctx.scope().findById(Invoice, sent.invoiceId, 'Invoice') : null;
  }

  @FieldResolver(() => QuoteType, { nullable: true })
  quote(@Root() sent: SentBillingEmailType, @Ctx() ctx: Context): Promise<Quote> | null {
    return sent.quoteId ? ctx.scope().findById(Quote, sent.quoteId, 'Quote') : null;
  }
}
