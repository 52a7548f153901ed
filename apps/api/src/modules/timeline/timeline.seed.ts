import type { EntityManager } from 'typeorm';
import { noteTimelineSummary, type NoteKind, type TimelineEventType } from '@clientflow/domain';
import { TenantScope } from '../../platform/db/tenant-scope';
import { Client } from '../clients/client.entity';
import { recomputeLastActivity } from '../clients/client-summary';
import { Note } from '../notes/note.entity';
import { TimelineEvent } from './timeline-event.entity';

const ENTRIES: [TimelineEventType, string, string | null][] = [
  ['CALL', 'Discovery call', 'Walked through goals for the next quarter and the budget range.'],
  ['MEETING', 'Kick-off meeting', 'Agreed on scope, weekly check-ins on Tuesdays and the first milestone.'],
  ['EMAIL', 'Sent the proposal follow-up', null],
  ['PROPOSAL', 'Proposal v2 shared', 'Reduced phase 2 and added a maintenance retainer option.'],
];
const NOTES: [NoteKind, string, boolean][] = [
  ['PREFERENCE', 'Prefers calls over email; best time is mornings (client timezone).', false],
  ['DECISION', 'Chose the monthly retainer over fixed-price phases.', false],
  ['ALERT', 'Invoices need a PO number or accounts payable rejects them.', false],
  ['PERSONAL', 'Founder is training for a marathon in October; ask about it.', true],
];

/** Demo activity for the first clients of a workspace: a few manual entries and notes each (idempotent per seed run). */
/** A believable history for every demo client; `lastActivityAt` then follows the newest event, as it does live. */
export async function seedClientActivity(m: EntityManager, workspaceId: string, authorUserId: string): Promise<void> {
  const clients = await m.getRepository(Client).find({ where: { workspaceId }, order: { createdAt: 'DESC' } });
  const day = 86_400_000;
  for (const [i, client] of clients.entries()) {
    const start = (client.lastActivityAt ?? new Date(Date.UTC(2026, 0, 15))).getTime() - 20 * day;
    for (let j = 0; j < ENTRIES.length - (i % 2); j++) {
      const [type, summary, body] = ENTRIES[j];
      const occurredAt = new Date(start + j * 5 * day + (9 + j) * 3_600_000);
      await m
        .getRepository(TimelineEvent)
        .insert({ workspaceId, clientId: client.id, type, summary, body, occurredAt, authorUserId });
    }
    for (let j = 0; j <= i % NOTES.length; j++) {
      const [kind, body, important] = NOTES[j];
      const occurredAt = new Date(start + (j * 4 + 2) * day);
      const event = await m.getRepository(TimelineEvent).save(
        m.getRepository(TimelineEvent).create({
          workspaceId,
          clientId: client.id,
          type: 'NOTE',
          summary: noteTimelineSummary(kind, body),
          occurredAt,
          authorUserId,
          metadata: { source: 'notes' },
        }),
      );
      await m.getRepository(Note).insert({
        workspaceId,
        clientId: client.id,
        kind,
        body,
        important,
        authorUserId,
        timelineEventId: event.id,
        createdAt: occurredAt,
      });
    }
    await recomputeLastActivity(new TenantScope(m, workspaceId), client.id);
  }
}
