import type { EntityManager } from 'typeorm';
import { publish } from '../../platform/realtime/live-event';
import { loadClientRows, staffSees, type LiveTopic } from '../../platform/realtime/live-topic';
import { Deliverable } from './deliverable.entity';

export const DELIVERABLE_TOPIC = 'deliverable';

/** Staff only for now (the portal learns about decisions through its portal-visible timeline events). */
export const deliverableTopic: LiveTopic<Deliverable> = {
  load: (manager, workspaceId, ids) => loadClientRows(manager, Deliverable, workspaceId, ids),
  staffVisible: (item, viewer) => staffSees(item, viewer, 'client.view'),
};

export function publishDeliverable(
  manager: EntityManager,
  d: Pick<Deliverable, 'id' | 'workspaceId' | 'clientId'>,
): Promise<void> {
  return publish(manager, {
    topic: DELIVERABLE_TOPIC,
    workspaceId: d.workspaceId,
    clientId: d.clientId,
    id: d.id,
    kind: 'updated',
  });
}
