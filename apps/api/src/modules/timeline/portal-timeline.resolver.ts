import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { portalAccess } from '../portal/portal-access';
import { PortalPersonType, PortalTimelineEventType, PortalTimelinePageType } from './portal-timeline.types';
import { portalPerson } from './timeline-author';
import type { TimelineEvent } from './timeline-event.entity';

@Authorized(PORTAL, 'VIEW_TIMELINE')
@Resolver(() => PortalTimelineEventType)
export class PortalTimelineResolver {
  @Query(() => PortalTimelinePageType, {
    description: 'What the agency shared on the timeline, newest first (keyset pagination).',
  })
  async portalTimeline(
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–50.' }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalTimeline.page(await portalAccess(ctx), first, after ?? null);
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
