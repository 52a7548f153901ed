import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../../platform/graphql/context';
import { PageInput } from '../../clients/client-list.inputs';
import { ClientType } from '../../clients/client.types';
import { UserType } from '../../identity/identity.types';
import { ProjectObject } from '../../projects/project.types';
import { ConvertQuoteInput, CreateQuoteInput, QuoteFilter, QuoteSort, UpdateQuoteInput } from '../billing.inputs';
import {
  ConvertQuoteResultType,
  InvoiceType,
  QuoteEventType,
  QuoteLineType,
  QuotePageType,
  QuoteType,
} from '../billing.types';
import type { QuoteEvent } from './quote-event.entity';
import { Quote } from './quote.entity';

/** Quotes: reading needs financials.view, changes billing.manage; staff decide on the client's behalf here. */
@Authorized('financials.view')
@Resolver(() => QuoteType)
export class QuoteResolver {
  @Query(() => QuotePageType, { description: 'Newest first by default; at most 100 per page.' })
  quotes(
    @Ctx() ctx: Context,
    @Arg('filter', () => QuoteFilter, { nullable: true }) filter?: QuoteFilter,
    @Arg('sort', () => QuoteSort, { nullable: true }) sort?: QuoteSort,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ) {
    return ctx.services.billingQueries.quotes(
      ctx.scope(),
      filter ?? {},
      sort ?? { field: 'CREATED_AT', direction: 'DESC' },
      page ?? { offset: 0, limit: 25 },
    );
  }

  @Query(() => QuoteType)
  quote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.scope().findById(Quote, id, 'Quote');
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType)
  createQuote(@Arg('input', () => CreateQuoteInput) input: CreateQuoteInput, @Ctx() ctx: Context) {
    return ctx.services.quotes.createDraft(ctx.scope(), { ...input, createdByUserId: ctx.staff().userId });
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType, { description: 'DRAFT only; lines, when given, replace every line.' })
  updateQuote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateQuoteInput) input: UpdateQuoteInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.quotes.updateDraft(ctx.scope(), id, { ...input, lines: input.lines ?? undefined });
  }

  @Authorized('billing.manage')
  @Mutation(() => Boolean, { description: 'Drafts that were never sent only.' })
  async deleteQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.quotes.deleteDraft(ctx.scope(), id);
    return true;
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType, {
    description: 'DRAFT/EXPIRED → SENT without emailing: number, snapshot, validity; PROPOSAL timeline event.',
  })
  markQuoteSent(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quotes.markSent(ctx.scope(), id, { actorUserId: ctx.staff().userId });
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType, { description: "Records the client's acceptance (by a staff member on their behalf)." })
  acceptQuote(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.quotes.decide(ctx.scope(), id, 'ACCEPTED', { userId: ctx.staff().userId }, note);
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType, { description: "Records the client's rejection (by a staff member on their behalf)." })
  rejectQuote(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.quotes.decide(ctx.scope(), id, 'REJECTED', { userId: ctx.staff().userId }, note);
  }

  @Authorized('billing.manage')
  @Mutation(() => QuoteType, { description: 'SENT/EXPIRED → DRAFT to revise it; it keeps its number.' })
  reopenQuote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.quotes.reopen(ctx.scope(), id, ctx.staff().userId);
  }

  @Authorized('billing.manage')
  @Mutation(() => ConvertQuoteResultType, {
    description:
      'ACCEPTED quotes, once: a DRAFT invoice with the same lines (and optionally a project), in one transaction.',
  })
  convertQuote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => ConvertQuoteInput, { nullable: true }) input: ConvertQuoteInput | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.quotes.convert(ctx.scope(), id, input ?? { createProject: false }, ctx.staff().userId);
  }

  @FieldResolver(() => [QuoteLineType])
  lines(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.quoteLinesByQuote.load(q.id);
  }

  @FieldResolver(() => [QuoteEventType], {
    description: 'Sent, accepted, rejected, expired, converted, reopened: oldest first.',
  })
  events(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.quoteEventsByQuote.load(q.id);
  }

  @FieldResolver(() => InvoiceType, { nullable: true })
  convertedInvoice(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.convertedInvoiceId ? ctx.loaders.invoiceById.load(q.convertedInvoiceId) : null;
  }

  @FieldResolver(() => ClientType, { nullable: true })
  client(@Root() q: Quote, @Ctx() ctx: Context) {
    return ctx.loaders.projectClientById.load(q.clientId);
  }

  @FieldResolver(() => ProjectObject, { nullable: true })
  project(@Root() q: Quote, @Ctx() ctx: Context) {
    return q.projectId ? ctx.loaders.billingProjectById.load(q.projectId) : null;
  }
}

@Authorized('financials.view')
@Resolver(() => QuoteEventType)
export class QuoteEventResolver {
  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'The staff member who acted (null for client contacts and the expiry job).',
  })
  user(@Root() e: QuoteEvent, @Ctx() ctx: Context) {
    return e.userId ? ctx.loaders.memberById.load(e.userId) : null;
  }
}
