import {
  badInput, canPortalReadDocument, forbidden, isProjectVisibleInPortal, notFound, type CommentTarget, type DeliverableDecision,
  type PortalPermission,
} from '@clientflow/domain';
import type { Readable } from 'node:stream';
import type { PortalViewer } from '../../platform/auth/viewer';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { Comment } from '../deliverables/comment.entity';
import type { CommentService } from '../deliverables/comment.service';
import { Deliverable } from '../deliverables/deliverable.entity';
import type { DeliverableService } from '../deliverables/deliverable.service';
import { TicketMessage } from '../tickets/ticket.entity';
import { Document } from '../documents/document.entity';
import type { DocumentService, IncomingFile } from '../documents/document.service';
import { Project } from '../projects/project.entity';
import { Task } from '../projects/task.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import { decodeCursor, encodeCursor, type TimelinePage } from '../timeline/timeline.service';
import { ClientPortalSettings } from '../portal/client-portal-settings.entity';
import { projectSettingsOf, type PortalProjectSettings } from './portal-content.loaders';

const MAX_LIST = 200;

/** What every portal call needs: the client's scope, the contact, its permissions and the project selection. */
export interface PortalAccess {
  scope: TenantScope;
  viewer: PortalViewer;
  settings: PortalProjectSettings;
}

const has = (a: PortalAccess, p: PortalPermission) => a.viewer.permissions.includes(p);

/**
 * The client's side of projects, approvals, comments, documents and timeline. The portal scope already limits
 * rows to the client; this service adds the portal's own rules on top: the project selection, client-visible
 * flags (tasks, comments, documents, timeline events) and the contact's narrowed permissions. Anything outside
 * answers NOT_FOUND, exactly like another client's ids.
 */
export class PortalContentService {
  constructor(
    private readonly deliverableService: DeliverableService,
    private readonly comments: CommentService,
    private readonly documents: DocumentService,
  ) {}

  /** For the REST file routes (no GraphQL context): the same access the resolvers build from their loaders. */
  async accessFor(scope: TenantScope, viewer: PortalViewer): Promise<PortalAccess> {
    return { scope, viewer, settings: projectSettingsOf(await scope.query(ClientPortalSettings, 's').getOne()) };
  }

  async projects(a: PortalAccess): Promise<Project[]> {
    const qb = a.scope.query(Project, 'p');
    if (!a.settings.allProjects) qb.andWhere('p.id = ANY(:ids)', { ids: a.settings.projectIds });
    return qb
      .orderBy(`CASE p.status WHEN 'ACTIVE' THEN 0 WHEN 'PAUSED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END`, 'ASC')
      .addOrderBy('p."createdAt"', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .limit(MAX_LIST)
      .getMany();
  }

  async project(a: PortalAccess, id: string): Promise<Project> {
    const project = await a.scope.findById(Project, id, 'Project');
    if (!isProjectVisibleInPortal(a.settings, project.id)) throw notFound('Project');
    return project;
  }

  /** Deliverables of the visible projects; `pendingOnly` = those waiting for the client's decision. */
  async deliverables(a: PortalAccess, pendingOnly: boolean): Promise<Deliverable[]> {
    const qb = a.scope.query(Deliverable, 'd');
    if (!a.settings.allProjects) qb.andWhere('d."projectId" = ANY(:ids)', { ids: a.settings.projectIds });
    if (pendingOnly) qb.andWhere(`d.status = 'PENDING_APPROVAL'`);
    return qb
      .orderBy(`CASE d.status WHEN 'PENDING_APPROVAL' THEN 0 ELSE 1 END`, 'ASC')
      .addOrderBy('d."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('d."updatedAt"', 'DESC')
      .limit(MAX_LIST)
      .getMany();
  }

  async deliverable(a: PortalAccess, id: string): Promise<Deliverable> {
    const d = await a.scope.findById(Deliverable, id, 'Deliverable');
    if (!isProjectVisibleInPortal(a.settings, d.projectId)) throw notFound('Deliverable');
    return d;
  }

  /** Approve / request changes through the deliverables module: decision row, timeline event, who and when. */
  async decide(a: PortalAccess, id: string, decision: DeliverableDecision, comment: string | null): Promise<Deliverable> {
    await this.deliverable(a, id);
    return this.deliverableService.decide(a.scope, id, { decision, comment }, { kind: 'CONTACT', contactId: a.viewer.contactId });
  }

  async commentsOf(a: PortalAccess, target: CommentTarget, id: string): Promise<Comment[]> {
    await this.assertCommentTarget(a, target, id);
    return this.comments.list(a.scope, target, id);
  }

  async addComment(a: PortalAccess, target: CommentTarget, id: string, body: string): Promise<Comment> {
    await this.assertCommentTarget(a, target, id);
    return this.comments.add(a.scope, { kind: 'CONTACT', contactId: a.viewer.contactId }, { target, id, body, internal: false });
  }

  /** Client-visible documents outside hidden projects, newest first. */
  documentsList(a: PortalAccess): Promise<Document[]> {
    const qb = a.scope.query(Document, 'd').andWhere('d."portalVisible" = true');
    if (!a.settings.allProjects) qb.andWhere('(d."projectId" IS NULL OR d."projectId" = ANY(:ids))', { ids: a.settings.projectIds });
    return qb.orderBy('d."createdAt"', 'DESC').addOrderBy('d.id', 'DESC').limit(MAX_LIST).getMany();
  }

  /** For GET /files/documents/:id with a portal cookie: NOT_FOUND unless the portal may show this file. */
  async openDocument(a: PortalAccess, id: string): Promise<{ document: Document; stream: Readable }> {
    const document = await a.scope.findById(Document, id, 'Document');
    const visible = isProjectVisibleInPortal(a.settings, document.projectId);
    const message = document.ticketMessageId
      ? await a.scope.query(TicketMessage, 'm').andWhere('m.id = :id', { id: document.ticketMessageId }).getOne()
      : null;
    if (!canPortalReadDocument(document, a.viewer.permissions, visible, message ? !message.internal : null)) throw notFound('Document');
    return this.documents.open(a.scope, id);
  }

  /** Uploads by the contact (UPLOAD_FILES): the admin's checks and storage, shared with the agency at once. */
  assertCanUpload(a: PortalAccess): void {
    if (!has(a, 'UPLOAD_FILES')) throw forbidden('Your portal access does not include uploading files');
  }

  upload(a: PortalAccess, files: IncomingFile[], category: string | undefined): Promise<Document[]> {
    this.assertCanUpload(a);
    return this.documents.upload(a.scope, a.viewer.clientId, files, { category, uploadedByContactId: a.viewer.contactId });
  }

  /** Portal-visible events only (and none of a hidden project), keyset-paged like the staff feed. */
  async timeline(a: PortalAccess, first: number, after: string | null): Promise<TimelinePage> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first', 'first must be between 1 and 50');
    const qb = a.scope.query(TimelineEvent, 'e').andWhere('e."portalVisible" = true');
    if (!a.settings.allProjects) qb.andWhere('(e."projectId" IS NULL OR e."projectId" = ANY(:ids))', { ids: a.settings.projectIds });
    if (after) {
      const c = decodeCursor(after);
      qb.andWhere('(e."occurredAt", e.id) < (:cAt, :cId)', { cAt: c.at, cId: c.id });
    }
    const rows = await qb.orderBy('e."occurredAt"', 'DESC').addOrderBy('e.id', 'DESC').limit(first + 1).getMany();
    const nodes = rows.slice(0, first);
    return { nodes, hasMore: rows.length > first, endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null };
  }

  /** Tasks need VIEW_TASKS and the client-visible flag; deliverables VIEW_PROJECTS; both a visible project. */
  private async assertCommentTarget(a: PortalAccess, target: CommentTarget, id: string): Promise<void> {
    if (target === 'DELIVERABLE') {
      await this.deliverable(a, id);
      return;
    }
    if (!has(a, 'VIEW_TASKS')) throw forbidden('Your portal access does not include tasks');
    const task = await a.scope.findById(Task, id, 'Task');
    if (!task.clientVisible || !isProjectVisibleInPortal(a.settings, task.projectId)) throw notFound('Task');
  }
}
