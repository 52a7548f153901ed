import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../platform/realtime/live-topic';
import { Notification } from './notification.entity';

export const NOTIFICATION_TOPIC = 'notification';

/** Only the user it is for, in the workspace it belongs to, while they still see its client. */
export const notificationTopic: LiveTopic<Notification> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, Notification, workspaceId, ids),
  staffVisible: (item, viewer) =>
    item.row.userId === viewer.userId && (item.clientId === null || staffSees(item, viewer, 'client.view')),
};

export function publishNotification(manager: EntityManager, n: Notification): Promise<void> {
  return publish(manager, {
    topic: NOTIFICATION_TOPIC,
    workspaceId: n.workspaceId,
    clientId: n.clientId,
    id: n.id,
    kind: 'created',
  });
}
