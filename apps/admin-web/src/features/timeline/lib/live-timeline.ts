import { newestFirst } from '../../../shared/lib/newest-first';
import type {
  ClientTimelineEventsSubscription,
  ClientTimelineQuery,
  TimelineFilter,
} from '@clientflow/graphql-types/admin';

type Page = ClientTimelineQuery['clientTimeline'];
type LiveEvent = ClientTimelineEventsSubscription['clientTimelineEvents'];

function matches(event: LiveEvent, filter: TimelineFilter | null | undefined): boolean {
  if (filter?.types?.length && !filter.types.includes(event.type)) return false;
  if (filter?.projectId && event.projectId !== filter.projectId) return false;
  return true;
}

/**
 * A live event merged into the loaded pages of the feed (newest first): a changed entry is replaced (or dropped when
 * it no longer matches the filters), a new one is inserted in order — unless it belongs to a page not loaded yet.
 */
export function mergeLiveTimelineEvent(page: Page, event: LiveEvent, filter: TimelineFilter | null | undefined): Page {
  const rest = page.nodes.filter((n) => n.id !== event.id);
  const known = rest.length !== page.nodes.length;
  if (!matches(event, filter)) return known ? { ...page, nodes: rest } : page;
  const oldest = rest[rest.length - 1];
  if (!known && page.hasMore && oldest && newestFirst(event, oldest) > 0) return page;
  return { ...page, nodes: [...rest, event].sort(newestFirst) };
}
