import { forbidden, type CommentTarget, type DeliverableDecision } from '@clientflow/domain';
import {
  hasPortalPermission,
  PORTAL_LIST_LIMIT,
  portalFind,
  portalQuery,
  type PortalAccess,
} from '../portal/portal-access';
import { Task } from '../projects/task.entity';
import type { Comment } from './comment.entity';
import type { CommentService } from './comment.service';
import { Deliverable } from './deliverable.entity';
import type { DeliverableService } from './deliverable.service';

/**
 * The client's side of approvals and comments. The portal scope already limits rows to the client; on top come the
 * project selection, client-visible tasks and the contact's narrowed permissions. Anything outside answers NOT_FOUND,
 * exactly like another client's ids.
 */
export class PortalDeliverableService {
  constructor(
    private readonly deliverables: DeliverableService,
    private readonly comments: CommentService,
  ) {}

  /** Deliverables of the visible projects; `pendingOnly` = those waiting for the client's decision. */
  async list(a: PortalAccess, pendingOnly: boolean): Promise<Deliverable[]> {
    const qb = portalQuery(a, Deliverable, 'd', 'deliverable');
    if (pendingOnly) qb.andWhere(`d.status = 'PENDING_APPROVAL'`);
    return qb
      .orderBy(`CASE d.status WHEN 'PENDING_APPROVAL' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('d."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('d."updatedAt"', 'DESC')
      .limit(PORTAL_LIST_LIMIT)
      .getMany();
  }

  get(a: PortalAccess, id: string): Promise<Deliverable> {
    return portalFind(a, Deliverable, id, 'deliverable', 'Deliverable');
  }

  /** Approve / request changes through DeliverableService: decision row, timeline event, who and when. */
  async decide(
    a: PortalAccess,
    id: string,
    decision: DeliverableDecision,
    comment: string | null,
  ): Promise<Deliverable> {
    await this.get(a, id);
    return this.deliverables.decide(
      a.scope,
      id,
      { decision, comment },
      { kind: 'CONTACT', contactId: a.viewer.contactId },
    );
  }

  async commentsOf(a: PortalAccess, target: CommentTarget, id: string): Promise<Comment[]> {
    await this.assertCommentTarget(a, target, id);
    return this.comments.list(a.scope, target, id);
  }

  async addComment(a: PortalAccess, target: CommentTarget, id: string, body: string): Promise<Comment> {
    await this.assertCommentTarget(a, target, id);
    return this.comments.add(
      a.scope,
      { kind: 'CONTACT', contactId: a.viewer.contactId },
      { target, id, body, internal: false },
    );
  }

  /** Tasks need VIEW_TASKS and the client-visible flag; deliverables VIEW_PROJECTS; both a visible project. */
  private async assertCommentTarget(a: PortalAccess, target: CommentTarget, id: string): Promise<void> {
    if (target === 'DELIVERABLE') {
      await this.get(a, id);
      return;
    }
    if (!hasPortalPermission(a, 'VIEW_TASKS')) throw forbidden('Your portal access does not include tasks');
    await portalFind(a, Task, id, 'task', 'Task');
  }
}
