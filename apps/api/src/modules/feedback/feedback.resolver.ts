import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { npsCategory, type NpsCategory } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { authorOf } from '../timeline/timeline-author';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { FeedbackRequest } from './feedback-request.entity';
import { ClientFeedbackType, FeedbackRequestType, NpsCategoryEnum } from './feedback.types';

/** Staff side of NPS feedback (the portal side is portal-feedback.resolver.ts). */
@Authorized('client.view')
@Resolver(() => FeedbackRequestType)
export class FeedbackResolver {
  @Query(() => ClientFeedbackType, {
    description: "A client's NPS: score history, open requests and the overall score.",
  })
  clientFeedback(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.feedback.summary(ctx.scope(), clientId);
  }

  @Authorized('client.edit')
  @Mutation(() => FeedbackRequestType, {
    description: 'Asks the client the NPS question in its portal; CONFLICT while the same question is open.',
  })
  requestFeedback(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('projectId', () => ID, { nullable: true }) projectId: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.request(ctx.scope(), clientId, projectId ?? null, ctx.staff().userId);
  }

  @FieldResolver(() => NpsCategoryEnum, { nullable: true })
  category(@Root() f: FeedbackRequest): NpsCategory | null {
    return f.score == null ? null : npsCategory(f.score);
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true, description: 'The contact who answered.' })
  answeredBy(@Root() f: FeedbackRequest, @Ctx() ctx: Context) {
    return authorOf(ctx, null, f.answeredByContactId);
  }

  @FieldResolver(() => TimelineAuthorType, {
    nullable: true,
    description: 'Who asked; null when requested automatically at project completion.',
  })
  requestedBy(@Root() f: FeedbackRequest, @Ctx() ctx: Context) {
    return authorOf(ctx, f.requestedByUserId, null);
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() f: FeedbackRequest, @Ctx() ctx: Context) {
    return f.projectId ? ctx.loaders.projectNameById.load(f.projectId) : null;
  }
}
