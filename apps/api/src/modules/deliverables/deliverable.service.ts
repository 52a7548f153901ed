import {
  assertDeliverableTitle,
  badInput,
  decideDeliverable,
  DomainError,
  MAX_DELIVERABLE_DESCRIPTION,
  nextDeliverableVersion,
  parseCalendarDate,
  type CommentAuthor,
  type DeliverableDecision,
} from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import type { DocumentService, IncomingFile } from '../documents/document.service';
import type { Document } from '../documents/document.entity';
import { Project } from '../projects/project.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { Comment } from './comment.entity';
import { DeliverableDecisionRecord } from './deliverable-decision.entity';
import { Deliverable } from './deliverable.entity';
import { publishDeliverable } from './deliverable.topics';

export interface CreateDeliverable {
  projectId: string;
  title: string;
  description?: string | null;
  dueDate?: string | null;
}

export interface UpdateDeliverable {
  title?: string | null;
  description?: string | null;
  dueDate?: string | null;
}

const MAX_LIST = 500;

export function assertCalendarDate(field: string, date: string | null | undefined): void {
  if (date == null) return;
  if (!parseCalendarDate(date)) throw badInput(field, `${field} must be a calendar date (YYYY-MM-DD)`);
}

function cleanDescription(value: string | null | undefined): string | null {
  const text = value?.trim() || null;
  if (text && text.length > MAX_DELIVERABLE_DESCRIPTION)
    throw badInput('description', `description must be at most ${MAX_DELIVERABLE_DESCRIPTION} characters`);
  return text;
}

const authorColumns = (by: CommentAuthor) =>
  by.kind === 'USER'
    ? { authorUserId: by.userId, authorContactId: null }
    : { authorUserId: null, authorContactId: by.contactId };

/**
 * Deliverables and their approval. Decisions and new versions are recorded in `deliverable_decision` (one row per
 * decided version) and as PROJECT timeline events on the client, client-visible, in the same transaction.
 */
export class DeliverableService {
  constructor(
    private readonly timeline: TimelineService,
    private readonly documents: DocumentService,
  ) {}

  async listByProject(scope: TenantScope, projectId: string): Promise<Deliverable[]> {
    await scope.findById(Project, projectId, 'Project');
    return scope
      .query(Deliverable, 'd')
      .andWhere('d."projectId" = :projectId', { projectId })
      .orderBy('d."dueDate"', 'ASC', 'NULLS LAST')
      .addOrderBy('d."createdAt"', 'ASC')
      .limit(MAX_LIST)
      .getMany();
  }

  get(scope: TenantScope, id: string): Promise<Deliverable> {
    return scope.findById(Deliverable, id, 'Deliverable');
  }

  async create(scope: TenantScope, input: CreateDeliverable): Promise<Deliverable> {
    const title = assertDeliverableTitle(input.title);
    const description = cleanDescription(input.description);
    assertCalendarDate('dueDate', input.dueDate);
    return scope.transaction(async (tx) => {
      const project = await tx.findById(Project, input.projectId, 'Project');
      return tx.insert(Deliverable, {
        projectId: project.id,
        clientId: project.clientId,
        title,
        description,
        dueDate: input.dueDate ?? null,
        status: 'PENDING_APPROVAL',
        version: 1,
      });
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateDeliverable): Promise<Deliverable> {
    const patch: Partial<Deliverable> = {};
    if (input.title != null) patch.title = assertDeliverableTitle(input.title);
    if (input.description !== undefined) patch.description = cleanDescription(input.description);
    if (input.dueDate !== undefined) {
      assertCalendarDate('dueDate', input.dueDate);
      patch.dueDate = input.dueDate ?? null;
    }
    return scope.transaction(async (tx) => {
      await tx.findById(Deliverable, id, 'Deliverable');
      if (Object.keys(patch).length) await tx.update(Deliverable, id, patch, 'Deliverable');
      return tx.findById(Deliverable, id, 'Deliverable');
    });
  }

  /** Decisions and comments go with it; its files stay in the client's documents (the link is cleared). */
  async delete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      await tx.findById(Deliverable, id, 'Deliverable');
      await tx.manager
        .createQueryBuilder()
        .update('document')
        .set({ deliverableVersion: null })
        .where('"workspaceId" = :ws AND "deliverableId" = :id', { ws: tx.workspaceId, id })
        .execute();
      await tx.delete(Deliverable, id, 'Deliverable');
    });
  }

  /** Starts a new version awaiting approval (from any status); the note becomes a client-visible comment. */
  async submitVersion(
    scope: TenantScope,
    id: string,
    userId: string,
    note: string | null | undefined,
  ): Promise<Deliverable> {
    const text = note?.trim() || null;
    if (text && text.length > 5000) throw badInput('note', 'note must be at most 5000 characters');
    return scope.transaction(async (tx) => {
      const current = await this.lockForUpdate(tx, id);
      const next = nextDeliverableVersion(current);
      await tx.update(
        Deliverable,
        id,
        { ...next, decidedAt: null, decidedByUserId: null, decidedByContactId: null, decisionComment: null },
        'Deliverable',
      );
      if (text) {
        await tx.insert(Comment, {
          targetType: 'DELIVERABLE',
          deliverableId: id,
          projectId: current.projectId,
          clientId: current.clientId,
          body: `Version ${next.version}: ${text}`,
          internal: false,
          authorUserId: userId,
        });
      }
      if (current.clientId) {
        await this.timeline.record(tx, {
          clientId: current.clientId,
          projectId: current.projectId,
          type: 'PROJECT',
          summary: `Version ${next.version} of “${current.title}” submitted for approval`,
          body: text,
          authorUserId: userId,
          portalVisible: true,
          metadata: { source: 'deliverables', deliverableId: id, version: next.version },
        });
      }
      return tx.findById(Deliverable, id, 'Deliverable');
    });
  }

  /**
   * Records the decision on the current version, by a staff user (also on the client's behalf, e.g. approved by
   * email) or by a portal contact. A version is decided once (CONFLICT afterwards).
   */
  async decide(
    scope: TenantScope,
    id: string,
    input: { decision: DeliverableDecision; comment?: string | null },
    by: CommentAuthor,
    now: Date = new Date(),
  ): Promise<Deliverable> {
    return scope.transaction(async (tx) => {
      const current = await this.lockForUpdate(tx, id);
      const outcome = decideDeliverable(current, input.decision, input.comment);
      const decidedByUserId = by.kind === 'USER' ? by.userId : null;
      const decidedByContactId = by.kind === 'CONTACT' ? by.contactId : null;
      await tx.update(
        Deliverable,
        id,
        {
          status: outcome.status,
          decidedAt: now,
          decidedByUserId,
          decidedByContactId,
          decisionComment: outcome.comment,
        },
        'Deliverable',
      );
      await tx.insert(DeliverableDecisionRecord, {
        deliverableId: id,
        clientId: current.clientId,
        version: current.version,
        status: input.decision,
        decidedByUserId,
        decidedByContactId,
        comment: outcome.comment,
        decidedAt: now,
      });
      if (current.clientId) {
        const verb = input.decision === 'APPROVED' ? 'approved' : 'changes requested';
        await this.timeline.record(tx, {
          clientId: current.clientId,
          projectId: current.projectId,
          type: 'PROJECT',
          summary: `“${current.title}” v${current.version}: ${verb}`,
          body: outcome.comment,
          occurredAt: now,
          ...authorColumns(by),
          portalVisible: true,
          metadata: { source: 'deliverables', deliverableId: id, version: current.version, decision: input.decision },
        });
      }
      await publishDeliverable(tx.manager, current);
      return tx.findById(Deliverable, id, 'Deliverable');
    });
  }

  /** Files for the current version, through the documents upload pipeline (type sniffing, limits, storage). */
  async uploadFiles(scope: TenantScope, id: string, files: IncomingFile[], userId: string): Promise<Document[]> {
    const d = await scope.findById(Deliverable, id, 'Deliverable');
    if (!d.clientId) throw badInput('files', 'Link the project to a client before uploading deliverable files');
    return this.documents.upload(scope, d.clientId, files, {
      category: 'OTHER',
      uploadedByUserId: userId,
      deliverable: { id: d.id, projectId: d.projectId, version: d.version },
    });
  }

  /** For the dashboard: deliverables waiting for the client (one indexed count). */
  countAwaitingApproval(scope: TenantScope): Promise<number> {
    return scope.query(Deliverable, 'd').andWhere(`d.status = 'PENDING_APPROVAL'`).getCount();
  }

  /** For the dashboard: open (not approved) deliverables due in [from, to], soonest first (one indexed query). */
  async dueBetween(scope: TenantScope, from: string, to: string): Promise<Deliverable[]> {
    assertCalendarDate('from', from);
    assertCalendarDate('to', to);
    if (from > to) throw badInput('to', 'to must not be before from');
    return scope
      .query(Deliverable, 'd')
      .andWhere(`d.status IN ('PENDING_APPROVAL', 'CHANGES_REQUESTED')`)
      .andWhere('d."dueDate" BETWEEN :from AND :to', { from, to })
      .orderBy('d."dueDate"', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .limit(MAX_LIST)
      .getMany();
  }

  private async lockForUpdate(tx: TenantScope, id: string): Promise<Deliverable> {
    await tx.findById(Deliverable, id, 'Deliverable');
    const row = await tx.query(Deliverable, 'd').andWhere('d.id = :id', { id }).setLock('pessimistic_write').getOne();
    if (!row) throw new DomainError('NOT_FOUND', 'Deliverable not found');
    return row;
  }
}
