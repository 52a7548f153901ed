import { badInput } from '@clientflow/domain';
import { portalQuery, type PortalAccess } from '../portal/portal-access';
import { TimelineEvent } from './timeline-event.entity';
import { timelinePage, type TimelinePage } from './timeline.service';

/** The client's side of the timeline: what the agency shared, nothing of a hidden project. */
export class PortalTimelineService {
  /** The portal rule's events (portal-visible, none of a hidden project), keyset-paged like the staff feed. */
  async page(a: PortalAccess, first: number, after: string | null): Promise<TimelinePage> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first', 'first must be between 1 and 50');
    return timelinePage(portalQuery(a, TimelineEvent, 'e', 'timelineEvent'), first, after);
  }
}
