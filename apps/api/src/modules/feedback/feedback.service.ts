import { assertFeedbackComment, assertNpsScore, badInput, DomainError, netPromoterScore } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { Project } from '../projects/project.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { FeedbackRequest } from './feedback-request.entity';

const MAX_HISTORY = 200;

export interface ClientFeedbackSummary {
  nps: number | null;
  answered: FeedbackRequest[];
  open: FeedbackRequest[];
}

/** NPS requests and answers. The one-open-request rule is a partial unique index; answers are written once. */
export class FeedbackService {
  constructor(private readonly timeline: TimelineService) {}

  /** Staff asks a client (optionally about one of its projects); CONFLICT when that question is already open. */
  async request(
    scope: TenantScope,
    clientId: string,
    projectId: string | null,
    userId: string | null,
    now = new Date(),
  ): Promise<FeedbackRequest> {
    return scope.transaction(async (tx) => {
      const client = await tx.findById(Client, clientId, 'Client');
      if (projectId) {
        const project = await tx.query(Project, 'p').andWhere('p.id = :projectId', { projectId }).getOne();
        if (!project || project.clientId !== client.id) throw badInput('projectId', 'Pick a project of this client');
      }
      const open = await this.openFor(tx, client.id, projectId);
      if (open)
        throw new DomainError(
          'CONFLICT',
          'This client already has an unanswered feedback request for that',
          projectId ? 'projectId' : 'clientId',
        );
      return this.insert(tx, client.id, projectId, userId, now);
    });
  }

  /** Called by ProjectService when a project is COMPLETED (inside its transaction); skipped when one is open. */
  async requestOnCompletion(
    tx: TenantScope,
    project: { id: string; clientId: string | null },
    now = new Date(),
  ): Promise<void> {
    if (!project.clientId || (await this.openFor(tx, project.clientId, project.id))) return;
    await this.insert(tx, project.clientId, project.id, null, now);
  }

  /** The portal's open question: the newest unanswered request of the viewer's client (scope is the client's). */
  openForPortal(scope: TenantScope): Promise<FeedbackRequest | null> {
    return scope
      .query(FeedbackRequest, 'f')
      .andWhere('f."answeredAt" IS NULL')
      .orderBy('f."requestedAt"', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .getOne();
  }

  /** Answers once: a conditional UPDATE, so two tabs (or two contacts) cannot both answer. */
  async answer(
    scope: TenantScope,
    id: string,
    contactId: string,
    input: { score: number; comment?: string | null },
    now = new Date(),
  ): Promise<FeedbackRequest> {
    const score = assertNpsScore(input.score);
    const comment = assertFeedbackComment(input.comment);
    return scope.transaction(async (tx) => {
      const request = await tx.findById(FeedbackRequest, id, 'Feedback request');
      const result = await tx.manager
        .createQueryBuilder()
        .update(FeedbackRequest)
        .set({ answeredAt: now, answeredByContactId: contactId, score, comment })
        .where('id = :id AND "workspaceId" = :ws AND "clientId" = :cid AND "answeredAt" IS NULL', {
          id,
          ws: tx.workspaceId,
          cid: request.clientId,
        })
        .execute();
      if (!result.affected) throw new DomainError('CONFLICT', 'This feedback was already answered', 'id');
      await this.timeline.record(tx, {
        clientId: request.clientId,
        projectId: request.projectId,
        type: 'PORTAL',
        summary: `Feedback received: ${score}/10`,
        body: comment,
        occurredAt: now,
        authorContactId: contactId,
        metadata: { source: 'feedback', feedbackRequestId: id, score },
      });
      return tx.findById(FeedbackRequest, id, 'Feedback request');
    });
  }

  /** For the client profile: answers newest first (score history), open requests, and the client's NPS. */
  async summary(scope: TenantScope, clientId: string): Promise<ClientFeedbackSummary> {
    await scope.findById(Client, clientId, 'Client');
    const rows = await scope
      .query(FeedbackRequest, 'f')
      .andWhere('f."clientId" = :clientId', { clientId })
      .orderBy('coalesce(f."answeredAt", f."requestedAt")', 'DESC')
      .addOrderBy('f.id', 'DESC')
      .limit(MAX_HISTORY)
      .getMany();
    const answered = rows.filter((r) => r.answeredAt);
    return { nps: netPromoterScore(answered.map((r) => r.score!)), answered, open: rows.filter((r) => !r.answeredAt) };
  }

  private openFor(tx: TenantScope, clientId: string, projectId: string | null): Promise<FeedbackRequest | null> {
    const qb = tx
      .query(FeedbackRequest, 'f')
      .andWhere('f."clientId" = :clientId AND f."answeredAt" IS NULL', { clientId });
    if (projectId) qb.andWhere('f."projectId" = :projectId', { projectId });
    else qb.andWhere('f."projectId" IS NULL');
    return qb.getOne();
  }

  private async insert(
    tx: TenantScope,
    clientId: string,
    projectId: string | null,
    userId: string | null,
    now: Date,
  ): Promise<FeedbackRequest> {
    const row = await tx.insert(FeedbackRequest, { clientId, projectId, requestedByUserId: userId, requestedAt: now });
    await this.timeline.record(tx, {
      clientId,
      projectId,
      type: 'PORTAL',
      summary: userId ? 'Feedback requested' : 'Feedback requested (project completed)',
      occurredAt: now,
      authorUserId: userId,
      metadata: { source: 'feedback', feedbackRequestId: row.id },
    });
    return row;
  }
}
