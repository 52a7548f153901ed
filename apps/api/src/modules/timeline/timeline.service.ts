import {
  badInput,
  canModifyTimelineEntry,
  forbidden,
  isManualTimelineEntry,
  isManualTimelineEventType,
  type Permission,
  type TimelineEventType,
} from '@clientflow/domain';
import type { SelectQueryBuilder } from 'typeorm';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { moveLastActivityForward, recomputeLastActivity } from '../clients/client-summary';
import { Document } from '../documents/document.entity';
import { Project } from '../projects/project.entity';
import { TimelineEvent } from './timeline-event.entity';
import type { CreateTimelineEntryInput, UpdateTimelineEntryInput } from './timeline.inputs';
import { publishTimelineEvent } from './timeline.topics';

export interface RecordTimelineEvent {
  clientId: string;
  type: TimelineEventType;
  summary: string;
  occurredAt?: Date;
  body?: string | null;
  projectId?: string | null;
  authorUserId?: string | null;
  authorContactId?: string | null;
  portalVisible?: boolean;
  metadata?: Record<string, unknown>;
}

export interface TimelineActor {
  userId: string;
  permissions: readonly Permission[];
}

export interface TimelinePage {
  nodes: TimelineEvent[];
  endCursor: string | null;
  hasMore: boolean;
}

/** Cursor = the last row's (occurredAt, id), opaque to clients. */
export const encodeCursor = (e: TimelineEvent) =>
  Buffer.from(`${e.occurredAt.toISOString()}|${e.id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [iso, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const at = new Date(iso ?? '');
  if (!id || Number.isNaN(at.getTime()) || !/^[0-9a-f-]{36}$/i.test(id))
    throw badInput('after', 'after is not a valid cursor');
  return { at, id };
}

/** One page of a filtered event query (alias `e`), newest first, keyset-paged after `after`: staff and portal feeds. */
export async function timelinePage(
  qb: SelectQueryBuilder<TimelineEvent>,
  first: number,
  after: string | null,
): Promise<TimelinePage> {
  if (after) {
    const c = decodeCursor(after);
    qb.andWhere('(e."occurredAt", e.id) < (:cAt, :cId)', { cAt: c.at, cId: c.id });
  }
  const rows = await qb
    .orderBy('e."occurredAt"', 'DESC')
    .addOrderBy('e.id', 'DESC')
    .limit(first + 1)
    .getMany();
  const nodes = rows.slice(0, first);
  return {
    nodes,
    hasMore: rows.length > first,
    endCursor: nodes.length ? encodeCursor(nodes[nodes.length - 1]) : null,
  };
}

export class TimelineService {
  /**
   * Writes one event and moves the client's `lastActivityAt` forward to it (never backwards: back-dated
   * entries do not hide newer activity). Call it inside the transaction of the action it records.
   */
  async record(scope: TenantScope, input: RecordTimelineEvent): Promise<TimelineEvent> {
    const occurredAt = input.occurredAt ?? new Date();
    const event = await scope.insert(TimelineEvent, {
      clientId: input.clientId,
      type: input.type,
      summary: input.summary,
      occurredAt,
      body: input.body ?? null,
      projectId: input.projectId ?? null,
      authorUserId: input.authorUserId ?? null,
      authorContactId: input.authorContactId ?? null,
      portalVisible: input.portalVisible ?? false,
      metadata: input.metadata ?? {},
    });
    await moveLastActivityForward(scope, input.clientId, occurredAt);
    await publishTimelineEvent(scope.manager, event, 'created');
    return event;
  }

  /** Newest first, keyset-paginated on (occurredAt, id) over the `timeline_event_feed` index. */
  async list(
    scope: TenantScope,
    clientId: string,
    filter: { types?: TimelineEventType[] | null; projectId?: string | null },
    first: number,
    after: string | null,
  ): Promise<TimelinePage> {
    if (!Number.isInteger(first) || first < 1 || first > 100)
      throw badInput('first', 'first must be between 1 and 100');
    await scope.findById(Client, clientId, 'Client');
    const qb = scope.query(TimelineEvent, 'e').andWhere('e."clientId" = :clientId', { clientId });
    if (filter.types?.length) qb.andWhere('e.type IN (:...types)', { types: filter.types });
    if (filter.projectId) qb.andWhere('e."projectId" = :projectId', { projectId: filter.projectId });
    return timelinePage(qb, first, after);
  }

  async createEntry(scope: TenantScope, actor: TimelineActor, input: CreateTimelineEntryInput): Promise<TimelineEvent> {
    if (!isManualTimelineEventType(input.type)) {
      throw badInput('type', `${input.type} entries are written by ClientFlow itself and cannot be added by hand`);
    }
    return scope.transaction(async (tx) => {
      await tx.findById(Client, input.clientId, 'Client');
      if (input.projectId) await this.assertProjectOfClient(tx, input.projectId, input.clientId);
      const event = await this.record(tx, {
        clientId: input.clientId,
        type: input.type,
        summary: input.summary.trim(),
        body: cleanBody(input.body),
        occurredAt: input.occurredAt,
        projectId: input.projectId ?? null,
        authorUserId: actor.userId,
      });
      if (input.attachmentIds?.length) await this.attach(tx, event, input.attachmentIds);
      return event;
    });
  }

  /** An entry may only point at a project of the same client. */
  private async assertProjectOfClient(tx: TenantScope, projectId: string, clientId: string): Promise<void> {
    const project = await tx.query(Project, 'p').andWhere('p.id = :projectId', { projectId }).getOne();
    if (!project || project.clientId !== clientId) throw badInput('projectId', 'Pick a project of this client');
  }

  async updateEntry(
    scope: TenantScope,
    actor: TimelineActor,
    id: string,
    input: UpdateTimelineEntryInput,
  ): Promise<TimelineEvent> {
    return scope.transaction(async (tx) => {
      const event = await this.modifiable(tx, actor, id);
      if (input.type != null && !isManualTimelineEventType(input.type)) {
        throw badInput('type', `${input.type} entries are written by ClientFlow itself and cannot be set by hand`);
      }
      const patch: Partial<TimelineEvent> = {};
      if (input.type != null) patch.type = input.type;
      if (input.summary != null) patch.summary = input.summary.trim();
      if (input.body !== undefined) patch.body = cleanBody(input.body);
      if (input.occurredAt != null) patch.occurredAt = input.occurredAt;
      if (input.projectId !== undefined) {
        if (input.projectId) await this.assertProjectOfClient(tx, input.projectId, event.clientId);
        patch.projectId = input.projectId ?? null;
      }
      if (Object.keys(patch).length) await tx.update(TimelineEvent, id, patch, 'Timeline entry');
      if (input.attachmentIds) {
        await tx.manager
          .createQueryBuilder()
          .update(Document)
          .set({ timelineEventId: null })
          .where('"timelineEventId" = :id AND "workspaceId" = :ws AND id NOT IN (:...keep)', {
            id,
            ws: tx.workspaceId,
            keep: input.attachmentIds.length ? input.attachmentIds : ['00000000-0000-0000-0000-000000000000'],
          })
          .execute();
        const linked = await tx.query(Document, 'd').andWhere('d."timelineEventId" = :id', { id }).getMany();
        const toAdd = input.attachmentIds.filter((docId) => !linked.some((d) => d.id === docId));
        if (toAdd.length) await this.attach(tx, event, toAdd);
      }
      if (patch.occurredAt) await recomputeLastActivity(tx, event.clientId);
      await publishTimelineEvent(tx.manager, event, 'updated');
      return tx.findById(TimelineEvent, id, 'Timeline entry');
    });
  }

  async deleteEntry(scope: TenantScope, actor: TimelineActor, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      const event = await this.modifiable(tx, actor, id);
      // Attachments stay in the client's documents (the FK unlinks them).
      await tx.manager.delete(TimelineEvent, { id: event.id, workspaceId: tx.workspaceId });
      await recomputeLastActivity(tx, event.clientId);
    });
  }

  /** Removes an event written by another module (e.g. a deleted note's NOTE event) and keeps lastActivityAt true. */
  async removeSystemEvent(scope: TenantScope, id: string): Promise<void> {
    const event = await scope.query(TimelineEvent, 'e').andWhere('e.id = :id', { id }).getOne();
    if (!event) return;
    await scope.manager.delete(TimelineEvent, { id, workspaceId: scope.workspaceId });
    await recomputeLastActivity(scope, event.clientId);
  }

  private async modifiable(tx: TenantScope, actor: TimelineActor, id: string): Promise<TimelineEvent> {
    const event = await tx.findById(TimelineEvent, id, 'Timeline entry');
    if (!isManualTimelineEntry(event))
      throw forbidden('Entries written by ClientFlow (status changes, documents, notes…) cannot be changed');
    if (!canModifyTimelineEntry(event, actor))
      throw forbidden('Only the author or a workspace admin can change this entry');
    return event;
  }

  /** Links documents of the same client that are not attached elsewhere yet. */
  private async attach(tx: TenantScope, event: TimelineEvent, documentIds: string[]): Promise<void> {
    const ids = [...new Set(documentIds)];
    const docs = await tx
      .query(Document, 'd')
      .andWhere('d.id IN (:...ids)', { ids })
      .andWhere('d."clientId" = :cid', { cid: event.clientId })
      .andWhere('d."timelineEventId" IS NULL')
      .getMany();
    if (docs.length !== ids.length) {
      throw badInput(
        'attachmentIds',
        'An attachment was not found for this client or is already attached to another entry',
      );
    }
    await tx.manager
      .createQueryBuilder()
      .update(Document)
      .set({ timelineEventId: event.id })
      .where('id IN (:...ids) AND "workspaceId" = :ws', { ids, ws: tx.workspaceId })
      .execute();
  }
}

const cleanBody = (body: string | null | undefined) => (body?.trim() ? body.trim() : null);
