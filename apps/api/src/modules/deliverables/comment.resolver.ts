import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { canModifyComment, type CommentTarget } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { authorOf } from '../timeline/timeline-author';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { Comment } from './comment.entity';
import type { CommentActor } from './comment.service';
import { AddCommentInput, UpdateCommentInput } from './deliverable.inputs';
import { CommentTargetEnum, CommentType } from './deliverable.types';

const actor = (ctx: Context): CommentActor => ({
  author: { kind: 'USER', userId: ctx.staff().userId },
  canManage: ctx.can('workspace.manage'),
});

@Authorized('client.view')
@Resolver(() => CommentType)
export class CommentResolver {
  @Query(() => [CommentType], { description: 'Comments of a task or deliverable, oldest first (at most 500).' })
  comments(
    @Arg('target', () => CommentTargetEnum) target: CommentTarget,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.comments.list(ctx.scope(), target, id);
  }

  @Authorized('client.edit')
  @Mutation(() => CommentType)
  addComment(@Arg('input', () => AddCommentInput) input: AddCommentInput, @Ctx() ctx: Context) {
    return ctx.services.comments.add(ctx.scope(), { kind: 'USER', userId: ctx.staff().userId }, input);
  }

  @Authorized('client.edit')
  @Mutation(() => CommentType, { description: 'Own comments only (or with workspace.manage).' })
  updateComment(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCommentInput) input: UpdateCommentInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.comments.update(ctx.scope(), actor(ctx), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean, { description: 'Own comments only (or with workspace.manage).' })
  async deleteComment(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.comments.delete(ctx.scope(), actor(ctx), id);
    return true;
  }

  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  author(@Root() c: Comment, @Ctx() ctx: Context) {
    return authorOf(ctx, c.authorUserId, c.authorContactId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit or delete it.' })
  canEdit(@Root() c: Comment, @Ctx() ctx: Context): boolean {
    return (
      ctx.can('client.edit') &&
      canModifyComment(c, { kind: 'USER', userId: ctx.staff().userId }, ctx.can('workspace.manage'))
    );
  }
}
