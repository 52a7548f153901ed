import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isProjectVisibleInPortal } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import type { FeedbackRequest } from './feedback-request.entity';
import { PortalFeedbackRequestType } from './portal-feedback.types';

@Authorized(PORTAL)
@Resolver(() => PortalFeedbackRequestType)
export class PortalFeedbackResolver {
  @Query(() => PortalFeedbackRequestType, {
    nullable: true,
    description: 'The open NPS question, if the agency asked one.',
  })
  portalFeedbackRequest(@Ctx() ctx: Context) {
    return ctx.services.feedback.openForPortal(ctx.scope());
  }

  @Mutation(() => PortalFeedbackRequestType, {
    description: 'Answers the NPS question (0–10, optional comment), once.',
  })
  answerFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.answer(ctx.scope(), id, ctx.portal().contactId, { score, comment });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The project it is about (when it is one the portal shows).',
  })
  async projectName(@Root() f: FeedbackRequest, @Ctx() ctx: Context) {
    if (!f.projectId) return null;
    const settings = await ctx.loaders.portalProjectSettings.load(ctx.portal().clientId);
    if (!isProjectVisibleInPortal(settings, f.projectId)) return null;
    return ctx.loaders.projectNameById.load(f.projectId);
  }
}
