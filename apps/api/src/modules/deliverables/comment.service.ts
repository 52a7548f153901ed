import {
  assertCommentBody,
  canModifyComment,
  commentInternalFor,
  forbidden,
  notFound,
  type CommentAuthor,
  type CommentTarget,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Task } from '../projects/task.entity';
import { Comment } from './comment.entity';
import { Deliverable } from './deliverable.entity';

const MAX_LIST = 500;

export interface AddComment {
  target: CommentTarget;
  id: string;
  body: string;
  internal: boolean;
}

/** Who is acting on a comment: the author, plus whether they may moderate (`workspace.manage`). */
export interface CommentActor {
  author: CommentAuthor;
  canManage: boolean;
}

/**
 * Comments on tasks and deliverables. Portal scopes (`scope.clientId` set) never see internal comments; contact
 * authors always write client-visible ones.
 */
export class CommentService {
  async list(scope: TenantScope, target: CommentTarget, id: string): Promise<Comment[]> {
    await this.findTarget(scope, target, id);
    const qb = scope
      .query(Comment, 'c')
      .andWhere(`c."${target === 'TASK' ? 'taskId' : 'deliverableId'}" = :id`, { id });
    if (scope.clientId) qb.andWhere('c.internal = false');
    return qb.orderBy('c."createdAt"', 'ASC').addOrderBy('c.id', 'ASC').limit(MAX_LIST).getMany();
  }

  async add(scope: TenantScope, author: CommentAuthor, input: AddComment): Promise<Comment> {
    const body = assertCommentBody(input.body);
    return scope.transaction(async (tx) => {
      const target = await this.findTarget(tx, input.target, input.id);
      return tx.insert(Comment, {
        targetType: input.target,
        taskId: input.target === 'TASK' ? target.id : null,
        deliverableId: input.target === 'DELIVERABLE' ? target.id : null,
        projectId: target.projectId,
        clientId: target.clientId,
        body,
        internal: commentInternalFor(author, input.internal),
        authorUserId: author.kind === 'USER' ? author.userId : null,
        authorContactId: author.kind === 'CONTACT' ? author.contactId : null,
      });
    });
  }

  async update(
    scope: TenantScope,
    actor: CommentActor,
    id: string,
    patch: { body?: string | null; internal?: boolean | null },
  ): Promise<Comment> {
    const body = patch.body != null ? assertCommentBody(patch.body) : undefined;
    return scope.transaction(async (tx) => {
      const comment = await this.findOwn(tx, actor, id);
      const changes: Partial<Comment> = {};
      if (body !== undefined) changes.body = body;
      if (patch.internal != null) changes.internal = comment.authorContactId ? false : patch.internal;
      if (Object.keys(changes).length) await tx.update(Comment, id, changes, 'Comment');
      return tx.findById(Comment, id, 'Comment');
    });
  }

  async delete(scope: TenantScope, actor: CommentActor, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      await this.findOwn(tx, actor, id);
      await tx.delete(Comment, id, 'Comment');
    });
  }

  private async findOwn(scope: TenantScope, actor: CommentActor, id: string): Promise<Comment> {
    const comment = await scope.findById(Comment, id, 'Comment');
    if (scope.clientId && comment.internal) throw notFound('Comment');
    if (!canModifyComment(comment, actor.author, actor.canManage))
      throw forbidden('You can only change your own comments');
    return comment;
  }

  private findTarget(
    scope: TenantScope,
    target: CommentTarget,
    id: string,
  ): Promise<{ id: string; projectId: string; clientId: string | null }> {
    return target === 'TASK' ? scope.findById(Task, id, 'Task') : scope.findById(Deliverable, id, 'Deliverable');
  }
}
