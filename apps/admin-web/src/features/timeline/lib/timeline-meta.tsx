import {
  IconCalendarEvent,
  IconCash,
  IconFileInvoice,
  IconFiles,
  IconLifebuoy,
  IconMail,
  IconNote,
  IconPhone,
  IconPresentation,
  IconBriefcase,
  IconSignature,
  IconStatusChange,
  IconWorld,
} from '@tabler/icons-react';
import { MANUAL_TIMELINE_EVENT_TYPES, TIMELINE_EVENT_TYPES, type TimelineEventType } from '@clientflow/domain';
import { humanizeEnum } from '../../../shared/lib/format';

export const TIMELINE_META: Record<TimelineEventType, { color: string; icon: typeof IconNote }> = {
  MEETING: { color: 'blue', icon: IconCalendarEvent },
  CALL: { color: 'teal', icon: IconPhone },
  EMAIL: { color: 'cyan', icon: IconMail },
  NOTE: { color: 'gray', icon: IconNote },
  PROPOSAL: { color: 'violet', icon: IconPresentation },
  CONTRACT: { color: 'indigo', icon: IconSignature },
  PAYMENT: { color: 'green', icon: IconCash },
  PROJECT: { color: 'orange', icon: IconBriefcase },
  STATUS_CHANGE: { color: 'yellow', icon: IconStatusChange },
  INVOICE: { color: 'lime', icon: IconFileInvoice },
  TICKET: { color: 'red', icon: IconLifebuoy },
  DOCUMENT: { color: 'grape', icon: IconFiles },
  PORTAL: { color: 'pink', icon: IconWorld },
};

export const typeLabel = (t: TimelineEventType) => (t === 'STATUS_CHANGE' ? 'Status' : humanizeEnum(t));
export const ALL_TYPE_OPTIONS = TIMELINE_EVENT_TYPES.map((t) => ({ value: t, label: typeLabel(t) }));
export const MANUAL_TYPE_OPTIONS = MANUAL_TIMELINE_EVENT_TYPES.map((t) => ({ value: t, label: typeLabel(t) }));
