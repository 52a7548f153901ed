import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canModifyTimelineEntry, isManualTimelineEntry } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { DocumentType } from '../documents/document.types';
import type { TimelineEvent } from './timeline-event.entity';
import { CreateTimelineEntryInput, TimelineFilter, UpdateTimelineEntryInput } from './timeline.inputs';
import { TimelineAuthorType, TimelineEventType_, TimelinePageType } from './timeline.types';

@Authorized('client.view')
@Resolver(() => TimelineEventType_)
export class TimelineResolver {
  @Query(() => TimelinePageType, { description: "A client's feed, newest first (keyset pagination)." })
  clientTimeline(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('filter', () => TimelineFilter, { nullable: true }) filter: TimelineFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.timeline.list(ctx.scope(), clientId, filter ?? {}, first, after ?? null);
  }

  @Authorized('client.edit')
  @Mutation(() => TimelineEventType_, { description: 'Logs a meeting, call, email… by hand (manual types only).' })
  createTimelineEntry(
    @Arg('input', () => CreateTimelineEntryInput) input: CreateTimelineEntryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.timeline.createEntry(ctx.scope(), ctx.staff(), input);
  }

  @Authorized('client.edit')
  @Mutation(() => TimelineEventType_, { description: 'Edits a manual entry (its author or a workspace admin).' })
  updateTimelineEntry(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTimelineEntryInput) input: UpdateTimelineEntryInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.timeline.updateEntry(ctx.scope(), ctx.staff(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean, { description: 'Deletes a manual entry; its attachments stay in the documents.' })
  async deleteTimelineEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.timeline.deleteEntry(ctx.scope(), ctx.staff(), id);
    return true;
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  async author(@Root() e: TimelineEvent, @Ctx() ctx: Context): Promise<TimelineAuthorType | null> {
    if (e.authorUserId) {
      const user = await ctx.loaders.memberById.load(e.authorUserId);
      return user ? { kind: 'USER', id: user.id, name: user.name } : null;
    }
    if (e.authorContactId) {
      const contact = await ctx.loaders.contactById.load(e.authorContactId);
      return contact ? { kind: 'CONTACT', id: contact.id, name: contact.name } : null;
    }
    return null;
  }

  @FieldResolver(() => [DocumentType])
  attachments(@Root() e: TimelineEvent, @Ctx() ctx: Context) {
    return ctx.loaders.attachmentsByEvent.load(e.id);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'For TICKET events: the ticket (open it at /tickets/<id>).' })
  ticketId(@Root() e: TimelineEvent): string | null {
    const id = e.type === 'TICKET' ? e.metadata?.ticketId : null;
    return typeof id === 'string' ? id : null;
  }

  @FieldResolver(() => Boolean, { description: 'Added by a person (not written by ClientFlow itself).' })
  isManual(@Root() e: TimelineEvent): boolean {
    return isManualTimelineEntry(e);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete this entry.' })
  canEdit(@Root() e: TimelineEvent, @Ctx() ctx: Context): boolean {
    return ctx.can('client.edit') && canModifyTimelineEntry(e, ctx.staff());
  }
}
