import { badInput, noteTimelineSummary, parseCalendarDate, type NoteKind } from '@clientflow/domain';
import type { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { TimelineEvent } from '../timeline/timeline-event.entity';
import type { TimelineService } from '../timeline/timeline.service';
import { Note } from './note.entity';
import type { CreateNoteInput, UpdateNoteInput } from './note.inputs';

const MAX_LIST = 500;

function assertRealDate(date: string | null | undefined) {
  if (!date) return;
  if (!parseCalendarDate(date)) throw badInput('date', 'date is not a real calendar date');
}

/**
 * Internal notes. Each note writes a NOTE timeline event holding only a summary (kind + first line), never
 * portal-visible; editing the note updates that summary, deleting the note removes the event.
 */
export class NoteService {
  constructor(private readonly timeline: TimelineService) {}

  async list(scope: TenantScope, clientId: string, kind: NoteKind | null): Promise<Note[]> {
    await scope.findById(Client, clientId, 'Client');
    const qb = scope.query(Note, 'n').andWhere('n."clientId" = :clientId', { clientId });
    if (kind) qb.andWhere('n.kind = :kind', { kind });
    return qb.orderBy('n."createdAt"', 'DESC').addOrderBy('n.id', 'DESC').limit(MAX_LIST).getMany();
  }

  /** Important notes and every ALERT, newest first (same rule as `isPinnedNote`, in SQL). */
  async pinned(scope: TenantScope, clientId: string): Promise<Note[]> {
    await scope.findById(Client, clientId, 'Client');
    return scope
      .query(Note, 'n')
      .andWhere('n."clientId" = :clientId', { clientId })
      .andWhere(`(n.important OR n.kind = 'ALERT')`)
      .orderBy('n."createdAt"', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(50)
      .getMany();
  }

  async create(scope: TenantScope, authorUserId: string, input: CreateNoteInput): Promise<Note> {
    assertRealDate(input.date);
    const body = input.body.trim();
    if (!body) throw badInput('body', 'body is required');
    return scope.transaction(async (tx) => {
      await tx.findById(Client, input.clientId, 'Client');
      const event = await this.timeline.record(tx, {
        clientId: input.clientId,
        type: 'NOTE',
        summary: noteTimelineSummary(input.kind, body),
        authorUserId,
        portalVisible: false,
        metadata: { source: 'notes' },
      });
      return tx.insert(Note, {
        clientId: input.clientId,
        kind: input.kind,
        body,
        date: input.date ?? null,
        important: input.important,
        authorUserId,
        timelineEventId: event.id,
      });
    });
  }

  async update(scope: TenantScope, id: string, input: UpdateNoteInput): Promise<Note> {
    assertRealDate(input.date);
    return scope.transaction(async (tx) => {
      const note = await tx.findById(Note, id, 'Note');
      const patch: Partial<Note> = {};
      if (input.kind != null) patch.kind = input.kind;
      if (input.body != null) {
        patch.body = input.body.trim();
        if (!patch.body) throw badInput('body', 'body is required');
      }
      if (input.date !== undefined) patch.date = input.date ?? null;
      if (input.important != null) patch.important = input.important;
      if (Object.keys(patch).length) await tx.update(Note, id, patch, 'Note');
      if (note.timelineEventId && (patch.kind || patch.body)) {
        const summary = noteTimelineSummary(patch.kind ?? note.kind, patch.body ?? note.body);
        await tx.manager.update(TimelineEvent, { id: note.timelineEventId, workspaceId: tx.workspaceId }, { summary });
      }
      return tx.findById(Note, id, 'Note');
    });
  }

  async delete(scope: TenantScope, id: string): Promise<void> {
    await scope.transaction(async (tx) => {
      const note = await tx.findById(Note, id, 'Note');
      await tx.manager.delete(Note, { id: note.id, workspaceId: tx.workspaceId });
      if (note.timelineEventId) await this.timeline.removeSystemEvent(tx, note.timelineEventId);
    });
  }
}
