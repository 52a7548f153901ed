import { Text, Timeline } from '@mantine/core';
import { IconArrowBackUp, IconCheck, IconClockX, IconFileInvoice, IconSend, IconX } from '@tabler/icons-react';
import type { QuoteEventFieldsFragment } from '@clientflow/graphql-types/admin';
import { formatDate, type WorkspaceFormat } from '../../../../shared/lib/format';

const ACTIONS = {
  SENT: { label: 'Sent', icon: IconSend, color: 'blue' },
  ACCEPTED: { label: 'Accepted', icon: IconCheck, color: 'teal' },
  REJECTED: { label: 'Rejected', icon: IconX, color: 'red' },
  EXPIRED: { label: 'Expired', icon: IconClockX, color: 'orange' },
  CONVERTED: { label: 'Converted to an invoice', icon: IconFileInvoice, color: 'grape' },
  REOPENED: { label: 'Reopened for changes', icon: IconArrowBackUp, color: 'gray' },
} as const;

/** Who did what to the quote and why, oldest first (decisions by the client's contact come from the portal). */
export function QuoteHistory({
  events,
  format,
}: {
  events: readonly QuoteEventFieldsFragment[];
  format: WorkspaceFormat;
}) {
  if (!events.length) {
    return (
      <Text size="sm" c="dimmed">
        Nothing yet: the history starts when the quote is sent.
      </Text>
    );
  }
  return (
    <Timeline bulletSize={24} lineWidth={2} active={events.length - 1} aria-label="Quote history">
      {events.map((e) => {
        const { label, icon: Icon, color } = ACTIONS[e.action];
        const who =
          e.user?.name ?? (e.contactId ? 'The client (portal)' : e.action === 'EXPIRED' ? 'Automatically' : null);
        return (
          <Timeline.Item key={e.id} bullet={<Icon size={14} />} color={color} title={label}>
            <Text size="xs" c="dimmed">
              {[who, formatDate(e.createdAt, format)].filter(Boolean).join(' · ')}
            </Text>
            {e.note && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
                “{e.note}”
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
