import { badInput } from '@clientflow/domain';
import type { PortalAccess } from '../portal/portal-access';
import { TimelineEvent } from './timeline-event.entity';
import { timelinePage, type TimelinePage } from './timeline.service';

/** The client's side of the timeline: what the agency shared, nothing of a hidden project. */
export class PortalTimelineService {
  /** Portal-visible events only (and none of a hidden project), keyset-paged like the staff feed. */
  async page(a: PortalAccess, first: number, after: string | null): Promise<TimelinePage> {
    if (!Number.isInteger(first) || first < 1 || first > 50) throw badInput('first', 'first must be between 1 and 50');
    const qb = a.scope.query(TimelineEvent, 'e').andWhere('e."portalVisible" = true');
    if (!a.settings.allProjects)
      qb.andWhere('(e."projectId" IS NULL OR e."projectId" = ANY(:ids))', { ids: a.settings.projectIds });
    return timelinePage(qb, first, after);
  }
}
