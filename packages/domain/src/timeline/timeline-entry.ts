import type { Permission } from '../permissions/permissions';
import { isManualTimelineEventType, type TimelineEventType } from './timeline';

export const MAX_TIMELINE_SUMMARY_LENGTH = 200;
export const MAX_TIMELINE_BODY_LENGTH = 20_000;

export interface TimelineEntryFacts {
  type: TimelineEventType;
  authorUserId: string | null;
  /** Events written by another module on its own behalf (e.g. a note's NOTE event) carry their source here. */
  metadata: Record<string, unknown>;
}

/** Written by a person with "+ New entry" (not by a domain action such as a status change or a note). */
export function isManualTimelineEntry(event: TimelineEntryFacts): boolean {
  return isManualTimelineEventType(event.type) && !event.metadata.source;
}

/**
 * Who may edit or delete a manual entry: its author, or someone who manages the workspace (Owner/Admin).
 * Domain-written events are immutable for everyone.
 */
export function canModifyTimelineEntry(
  event: TimelineEntryFacts,
  viewer: { userId: string; permissions: readonly Permission[] },
): boolean {
  if (!isManualTimelineEntry(event)) return false;
  return event.authorUserId === viewer.userId || viewer.permissions.includes('workspace.manage');
}
