import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isPinnedNote, type NoteKind } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { Note } from './note.entity';
import { CreateNoteInput, UpdateNoteInput } from './note.inputs';
import { NoteKindEnum, NoteType } from './note.types';

/** Staff only: the class-level permission refuses portal sessions before any note is read. */
@Authorized('client.view')
@Resolver(() => NoteType)
export class NoteResolver {
  @Query(() => [NoteType], { description: 'Internal notes of a client, newest first (at most 500).' })
  clientNotes(
    @Arg('clientId', () => ID) clientId: string,
    @Arg('kind', () => NoteKindEnum, { nullable: true }) kind: NoteKind | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notes.list(ctx.scope(), clientId, kind ?? null);
  }

  @Query(() => [NoteType], { description: 'Important notes and every ALERT, newest first.' })
  pinnedNotes(@Arg('clientId', () => ID) clientId: string, @Ctx() ctx: Context) {
    return ctx.services.notes.pinned(ctx.scope(), clientId);
  }

  @Authorized('client.edit')
  @Mutation(() => NoteType, { description: 'Also writes a NOTE timeline event (summary only, never portal-visible).' })
  createNote(@Arg('input', () => CreateNoteInput) input: CreateNoteInput, @Ctx() ctx: Context) {
    return ctx.services.notes.create(ctx.scope(), ctx.staff().userId, input);
  }

  @Authorized('client.edit')
  @Mutation(() => NoteType)
  updateNote(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateNoteInput) input: UpdateNoteInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.notes.update(ctx.scope(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean, { description: 'Deletes the note and its NOTE timeline event.' })
  async deleteNote(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.notes.delete(ctx.scope(), id);
    return true;
  }

  @FieldResolver(() => Boolean)
  pinned(@Root() n: Note): boolean {
    return isPinnedNote(n);
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  async author(@Root() n: Note, @Ctx() ctx: Context): Promise<TimelineAuthorType | null> {
    if (!n.authorUserId) return null;
    const user = await ctx.loaders.memberById.load(n.authorUserId);
    return user ? { kind: 'USER', id: user.id, name: user.name } : null;
  }
}
