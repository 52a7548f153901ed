import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DeliverableDecision } from '@clientflow/domain';
import type { Context } from '../../platform/graphql/context';
import { authorOf } from '../timeline/timeline-author';
import { TimelineAuthorType } from '../timeline/timeline.types';
import type { Comment } from './comment.entity';
import type { DeliverableDecisionRecord } from './deliverable-decision.entity';
import type { Deliverable } from './deliverable.entity';
import { CreateDeliverableInput, UpdateDeliverableInput } from './deliverable.inputs';
import {
  CommentType,
  DeliverableDecisionEnum,
  DeliverableDecisionType,
  DeliverableFileType,
  DeliverableType,
} from './deliverable.types';

@Authorized('client.view')
@Resolver(() => DeliverableType)
export class DeliverableResolver {
  @Query(() => [DeliverableType], { description: 'A project’s deliverables, soonest due first (at most 500).' })
  projectDeliverables(@Arg('projectId', () => ID) projectId: string, @Ctx() ctx: Context) {
    return ctx.services.deliverables.listByProject(ctx.scope(), projectId);
  }

  @Query(() => DeliverableType)
  deliverable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.deliverables.get(ctx.scope(), id);
  }

  @Authorized('client.edit')
  @Mutation(() => DeliverableType, { description: 'Version 1, awaiting approval; takes the project’s client.' })
  createDeliverable(@Arg('input', () => CreateDeliverableInput) input: CreateDeliverableInput, @Ctx() ctx: Context) {
    return ctx.services.deliverables.create(ctx.scope(), input);
  }

  @Authorized('client.edit')
  @Mutation(() => DeliverableType)
  updateDeliverable(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateDeliverableInput) input: UpdateDeliverableInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.deliverables.update(ctx.scope(), id, input);
  }

  @Authorized('client.edit')
  @Mutation(() => Boolean, {
    description: 'Deletes the deliverable, its decisions and comments; its files stay in the client’s documents.',
  })
  async deleteDeliverable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.deliverables.delete(ctx.scope(), id);
    return true;
  }

  @Authorized('client.edit')
  @Mutation(() => DeliverableType, {
    description: 'Starts the next version awaiting approval; the note is posted as a client-visible comment.',
  })
  submitDeliverableVersion(
    @Arg('id', () => ID) id: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.deliverables.submitVersion(ctx.scope(), id, ctx.staff().userId, note);
  }

  @Authorized('client.edit')
  @Mutation(() => DeliverableType, {
    description:
      'Records the client’s decision on the current version (staff on the client’s behalf); a comment is required to request changes.',
  })
  decideDeliverable(
    @Arg('id', () => ID) id: string,
    @Arg('decision', () => DeliverableDecisionEnum) decision: DeliverableDecision,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.deliverables.decide(
      ctx.scope(),
      id,
      { decision, comment },
      { kind: 'USER', userId: ctx.staff().userId },
    );
  }

  @FieldResolver(() => TimelineAuthorType, {
    nullable: true,
    description: 'Who decided the current version (user or contact).',
  })
  decidedBy(@Root() d: Deliverable, @Ctx() ctx: Context) {
    return authorOf(ctx, d.decidedByUserId, d.decidedByContactId);
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() d: Deliverable, @Ctx() ctx: Context) {
    return ctx.loaders.projectNameById.load(d.projectId);
  }

  @FieldResolver(() => [DeliverableFileType], { description: 'Files of every version, newest version first.' })
  async files(@Root() d: Deliverable, @Ctx() ctx: Context): Promise<DeliverableFileType[]> {
    const docs = await ctx.loaders.filesByDeliverable.load(d.id);
    return docs.map((doc) => ({
      id: doc.id,
      fileName: doc.fileName,
      size: doc.size,
      contentType: doc.contentType,
      version: doc.deliverableVersion ?? 1,
      downloadUrl: `/files/documents/${doc.id}`,
      createdAt: doc.createdAt,
    }));
  }

  @FieldResolver(() => [DeliverableDecisionType], { description: 'Decision history, newest version first.' })
  decisions(@Root() d: Deliverable, @Ctx() ctx: Context): Promise<DeliverableDecisionRecord[]> {
    return ctx.loaders.decisionsByDeliverable.load(d.id);
  }

  @FieldResolver(() => [CommentType], { description: 'Oldest first.' })
  comments(@Root() d: Deliverable, @Ctx() ctx: Context): Promise<Comment[]> {
    return ctx.loaders.commentsByDeliverable.load(d.id);
  }
}

@Authorized('client.view')
@Resolver(() => DeliverableDecisionType)
export class DeliverableDecisionResolver {
  @FieldResolver(() => TimelineAuthorType, { nullable: true })
  decidedBy(@Root() x: DeliverableDecisionRecord, @Ctx() ctx: Context) {
    return authorOf(ctx, x.decidedByUserId, x.decidedByContactId);
  }
}
