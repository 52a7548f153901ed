import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { CommentTarget } from '@clientflow/domain';
import { PORTAL } from '../../platform/auth/auth-checker';
import type { Context } from '../../platform/graphql/context';
import { portalAccess } from '../portal/portal-access';
import { PortalProjectType } from '../projects/portal-project.types';
import type { Project } from '../projects/project.entity';
import { PortalPersonType } from '../timeline/portal-timeline.types';
import { portalPerson } from '../timeline/timeline-author';
import type { Comment } from './comment.entity';
import type { Deliverable } from './deliverable.entity';
import { CommentTargetEnum } from './deliverable.types';
import { PortalCommentType, PortalDeliverableType, PortalFileType } from './portal-deliverable.types';

@Authorized(PORTAL, 'VIEW_PROJECTS')
@Resolver(() => PortalDeliverableType)
export class PortalDeliverableResolver {
  @Query(() => [PortalDeliverableType], {
    description: 'Deliverables of the visible projects, awaiting approval first (at most 200).',
  })
  async portalDeliverables(
    @Arg('pendingOnly', () => Boolean, { defaultValue: false }) pendingOnly: boolean,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalDeliverables.list(await portalAccess(ctx), pendingOnly);
  }

  @Query(() => PortalDeliverableType)
  async portalDeliverable(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.portalDeliverables.get(await portalAccess(ctx), id);
  }

  @Authorized(PORTAL, 'VIEW_PROJECTS', 'APPROVE')
  @Mutation(() => PortalDeliverableType, {
    description: 'Approves the current version, recorded with the contact and the time.',
  })
  async approveDeliverable(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalDeliverables.decide(await portalAccess(ctx), id, 'APPROVED', comment ?? null);
  }

  @Authorized(PORTAL, 'VIEW_PROJECTS', 'APPROVE')
  @Mutation(() => PortalDeliverableType, {
    description: 'Sends the current version back; the comment (what should change) is required.',
  })
  async requestDeliverableChanges(
    @Arg('id', () => ID) id: string,
    @Arg('comment', () => String) comment: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalDeliverables.decide(await portalAccess(ctx), id, 'CHANGES_REQUESTED', comment);
  }

  @FieldResolver(() => String, { nullable: true })
  projectName(@Root() d: Deliverable, @Ctx() ctx: Context) {
    return ctx.loaders.projectNameById.load(d.projectId);
  }

  @FieldResolver(() => PortalPersonType, { nullable: true, description: 'Who decided the current version.' })
  decidedBy(@Root() d: Deliverable, @Ctx() ctx: Context) {
    return portalPerson(ctx, d.decidedByUserId, d.decidedByContactId);
  }

  @FieldResolver(() => Boolean, { description: 'Whether this contact may approve or request changes now.' })
  canDecide(@Root() d: Deliverable, @Ctx() ctx: Context): boolean {
    return d.status === 'PENDING_APPROVAL' && ctx.portal().permissions.includes('APPROVE');
  }

  @FieldResolver(() => [PortalFileType], { description: 'Files of every version, newest version first.' })
  async files(@Root() d: Deliverable, @Ctx() ctx: Context): Promise<PortalFileType[]> {
    const docs = await ctx.loaders.filesByDeliverable.load(d.id);
    return docs.map((doc) => ({
      id: doc.id,
      fileName: doc.fileName,
      size: doc.size,
      contentType: doc.contentType,
      version: doc.deliverableVersion,
      downloadUrl: `/files/documents/${doc.id}`,
      createdAt: doc.createdAt,
    }));
  }
}

/** `PortalProject.deliverables`, beside the other portal deliverable fields (the project's own are in projects). */
@Authorized(PORTAL, 'VIEW_PROJECTS')
@Resolver(() => PortalProjectType)
export class PortalProjectDeliverablesResolver {
  @FieldResolver(() => [PortalDeliverableType])
  deliverables(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.portalDeliverablesByProject.load(p.id);
  }
}

@Authorized(PORTAL)
@Resolver(() => PortalCommentType)
export class PortalCommentResolver {
  @Authorized(PORTAL, 'VIEW_PROJECTS')
  @Query(() => [PortalCommentType], {
    description: 'Client-visible comments of a task (needs VIEW_TASKS) or deliverable, oldest first.',
  })
  async portalComments(
    @Arg('target', () => CommentTargetEnum) target: CommentTarget,
    @Arg('id', () => ID) id: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalDeliverables.commentsOf(await portalAccess(ctx), target, id);
  }

  @Authorized(PORTAL, 'VIEW_PROJECTS', 'COMMENT')
  @Mutation(() => PortalCommentType, { description: 'Adds a client-visible comment as the signed-in contact.' })
  async addPortalComment(
    @Arg('target', () => CommentTargetEnum) target: CommentTarget,
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.portalDeliverables.addComment(await portalAccess(ctx), target, id, body);
  }

  @FieldResolver(() => PortalPersonType, { nullable: true })
  author(@Root() c: Comment, @Ctx() ctx: Context) {
    return portalPerson(ctx, c.authorUserId, c.authorContactId);
  }

  @FieldResolver(() => Boolean, { description: 'Written by the signed-in contact.' })
  mine(@Root() c: Comment, @Ctx() ctx: Context): boolean {
    return c.authorContactId === ctx.portal().contactId;
  }
}
