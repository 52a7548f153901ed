import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../platform/realtime/live-topic';
import { TimelineEvent } from './timeline-event.entity';

export const TIMELINE_TOPIC = 'timeline';

/** Staff who can see the client; the portal's own rule for timeline events (as `portalTimeline`). */
export const timelineTopic: LiveTopic<TimelineEvent> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, TimelineEvent, workspaceId, ids),
  staffVisible: (item, viewer) => staffSees(item, viewer, 'client.view'),
  portal: 'timelineEvent',
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
