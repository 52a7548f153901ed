export const TIMELINE_EVENT_TYPES = [
  'MEETING',
  'CALL',
  'EMAIL',
  'NOTE',
  'PROPOSAL',
  'CONTRACT',
  'PAYMENT',
  'PROJECT',
  'STATUS_CHANGE',
  'INVOICE',
  'TICKET',
  'DOCUMENT',
  'PORTAL',
] as const;
export type TimelineEventType = (typeof TIMELINE_EVENT_TYPES)[number];

/** Types a person may log by hand with "+ New entry"; the rest are written by the domain actions that cause them. */
export const MANUAL_TIMELINE_EVENT_TYPES: readonly TimelineEventType[] = [
  'MEETING',
  'CALL',
  'EMAIL',
  'NOTE',
  'PROPOSAL',
  'CONTRACT',
  'PAYMENT',
  'PROJECT',
];

export function isManualTimelineEventType(type: TimelineEventType): boolean {
  return MANUAL_TIMELINE_EVENT_TYPES.includes(type);
}
