import type { TimelineEventType } from '@clientflow/domain';
import type { TenantScope } from '../../db/tenant-scope';
import { Client } from '../clients/client.entity';
import { TimelineEvent } from './timeline-event.entity';

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
    await scope.manager
      .createQueryBuilder()
      .update(Client)
      .set({ lastActivityAt: () => `GREATEST(COALESCE("lastActivityAt", :at), :at)` })
      .where('id = :id AND "workspaceId" = :ws', { id: input.clientId, ws: scope.workspaceId })
      .setParameter('at', occurredAt)
      .execute();
    return event;
  }
}
