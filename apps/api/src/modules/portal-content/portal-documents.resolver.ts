import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isProjectVisibleInPortal } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import type { Document } from '../documents/document.entity';
import type { FeedbackRequest } from '../feedback/feedback-request.entity';
import type { TimelineEvent } from '../timeline/timeline-event.entity';
import { portalAccess } from './portal-access';
import { portalPerson } from '../deliverables/portal-deliverable.resolver';
import {
  PortalDocumentType, PortalFeedbackRequestType, PortalPersonType, PortalTimelineEventType, PortalTimelinePageType,
} from './portal-content.types';

@Authorized(PORTAL, 'VIEW_DOCUMENTS')
@Resolver(() => PortalDocumentType)
export class PortalDocumentResolver {
  @Query(() => [PortalDocumentType], { description: 'Documents the agency shared with the client, newest first (at most 200).' })
  async portalDocuments(@Ctx() ctx: Context) {
    return ctx.services.portalContent.documentsList(await portalAccess(ctx));
  }

  @FieldResolver(() => String)
  downloadUrl(@Root() d: Document): string {
    return `/files/documents/${d.id}`;
  }

  @FieldResolver(() => Boolean, { description: 'Uploaded by the signed-in contact.' })
  uploadedByMe(@Root() d: Document, @Ctx() ctx: Context): boolean {
    return d.uploadedByContactId === ctx.portal().contactId;
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() d: Document, @Ctx() ctx: Context) {
    return d.projectId ? ctx.loaders.projectNameById.load(d.projectId) : null;
  }
}

@Authorized(PORTAL, 'VIEW_TIMELINE')
@Resolver(() => PortalTimelineEventType)
export class PortalTimelineResolver {
  @Query(() => PortalTimelinePageType, { description: 'What the agency shared on the timeline, newest first (keyset pagination).' })
  async portalTimeline(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalContent.timeline(await portalAccess(ctx), first, after ?? null);
  }

  @FieldResolver(() => PortalPersonType, { nullable: true })
  author(@Root() e: TimelineEvent, @Ctx() ctx: Context) {
    return portalPerson(ctx, e.authorUserId, e.authorContactId);
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() e: TimelineEvent, @Ctx() ctx: Context) {
    return e.projectId ? ctx.loaders.projectNameById.load(e.projectId) : null;
  }
}

@Authorized(PORTAL)
@Resolver(() => PortalFeedbackRequestType)
export class PortalFeedbackResolver {
  @Query(() => PortalFeedbackRequestType, { nullable: true, description: 'The open NPS question, if the agency asked one.' })
  portalFeedbackRequest(@Ctx() ctx: Context) {
    return ctx.services.feedback.openForPortal(ctx.scope());
  }

  @Mutation(() => PortalFeedbackRequestType, { description: 'Answers the NPS question (0–10, optional comment), once.' })
  answerFeedback(
    @Arg('id', () => ID) id: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.feedback.answer(ctx.scope(), id, ctx.portal().contactId, { score, comment });
  }

  @FieldResolver(() => String, { nullable: true, description: 'The project it is about (when it is one the portal shows).' })
  async projectName(@Root() f: FeedbackRequest, @Ctx() ctx: Context) {
    if (!f.projectId) return null;
    const settings = await ctx.loaders.portalProjectSettings.load(ctx.portal().clientId);
    if (!isProjectVisibleInPortal(settings, f.projectId)) return null;
    return ctx.loaders.projectNameById.load(f.projectId);
  }
}
