import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../platform/realtime/live-topic';
import { TimelineEvent } from './timeline-event.entity';

export const TIMELINE_TOPIC = 'timeline';

/** Staff who can see the client; portal contacts of that client with VIEW_TIMELINE, portal-visible events only. */
export const timelineTopic: LiveTopic<TimelineEvent> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, TimelineEvent, workspaceId, ids),
  visibleTo: (item, viewer) =>
    viewer.kind === 'staff'
      ? staffSees(item, viewer, 'client.view')
      : item.row.portalVisible && item.clientId === viewer.clientId && viewer.permissions.includes('VIEW_TIMELINE'),
};

export function publishTimelineEvent(
  manager: EntityManager,
  event: TimelineEvent,
  kind: 'created' | 'updated',
): Promise<void> {
  return publish(manager, {
    topic: TIMELINE_TOPIC,
    workspaceId: event.workspaceId,
    clientId: event.clientId,
    id: event.id,
    kind,
  });
}
