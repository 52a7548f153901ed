import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChevronLeft } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { PortalTicketDocument } from '@clientflow/graphql-types/portal';
import { ErrorState } from '../../../shared/components/content-states';
import { hasErrorCode } from '../../../shared/errors/api-error';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useFormatters } from '../../../shared/i18n/i18n-provider';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { ReplyBox } from '../components/reply-box';
import { TicketMessage } from '../components/ticket-message';
import { TicketReferenceLink } from '../components/ticket-reference-link';
import { TicketStatusBadge } from '../components/ticket-status-badge';
import { useTicketThreadLive } from '../hooks/use-ticket-thread-live';
import { useTicketsT } from '../i18n/tickets-i18n';

/** Read by screen readers only (announces replies that arrive live). */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clipPath: 'inset(50%)',
  whiteSpace: 'nowrap',
} as const;

/** `/tickets/:id` (the address the reply emails link to): the conversation, live, with the reply box. */
export function TicketThreadRoute() {
  const { id = '' } = useParams();
  const t = useTicketsT();
  const fmt = useFormatters();
  const { branding } = usePortalViewer();
  const { data, error, refetch } = useQuery(PortalTicketDocument, {
    variables: { id },
    context: { quietErrors: true },
  });
  const [announcement, setAnnouncement] = useState('');
  useTicketThreadLive(id, (m) =>
    setAnnouncement(t('tickets.thread.newMessage', { name: m.author?.name ?? branding.agencyName })),
  );
  const ticket = data?.portalTicket;
  useDocumentTitle(`${ticket?.subject ?? t('tickets.title')} · ${branding.agencyName}`);

  // Bring a message that arrives (or was just sent) into view; not on first load, where the subject comes first.
  const lastMessage = useRef<HTMLDivElement>(null);
  const count = ticket?.messages.length ?? 0;
  const seen = useRef(count);
  useEffect(() => {
    if (seen.current && count > seen.current)
      lastMessage.current?.lastElementChild?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    seen.current = count;
  }, [count]);

  const back = (
    <Anchor component={Link} to="/tickets" size="sm">
      <Group gap={4}>
        <IconChevronLeft size={14} aria-hidden />
        {t('tickets.thread.back')}
      </Group>
    </Anchor>
  );

  if (!ticket && error) {
    return (
      <Stack>
        {back}
        {hasErrorCode(error, 'NOT_FOUND') ? (
          <Alert color="gray" role="alert">
            {t('tickets.thread.notFound')}
          </Alert>
        ) : (
          <ErrorState title={t('tickets.thread.loadError')} error={error} onRetry={() => void refetch()} />
        )}
      </Stack>
    );
  }
  if (!ticket) {
    return (
      <Stack aria-busy="true" aria-label={t('common.loading')}>
        {back}
        <Skeleton h={32} w="60%" />
        <Skeleton h={90} w="75%" />
        <Skeleton h={90} w="75%" ml="auto" />
      </Stack>
    );
  }

  const { reference } = ticket;
  return (
    <Stack gap="lg" maw={860}>
      {back}
      <Stack gap={6}>
        <Group gap="sm" align="center" wrap="wrap">
          <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
            {ticket.subject}
          </Title>
          <TicketStatusBadge status={ticket.status} />
        </Group>
        <Group gap="md" style={{ rowGap: 2 }}>
          <Text size="sm" c="dimmed">
            {t('tickets.openedOn', { date: fmt.date(ticket.createdAt, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </Text>
          {reference && <TicketReferenceLink reference={reference} />}
        </Group>
      </Stack>

      <Stack component="section" gap="xs" aria-labelledby="ticket-messages">
        <Title order={2} size="h5" c="dimmed" id="ticket-messages">
          {t('tickets.thread.messages')}
        </Title>
        <Stack component="ol" ref={lastMessage} gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {ticket.messages.map((m) => (
            <TicketMessage key={m.id} message={m} />
          ))}
        </Stack>
        <div role="status" aria-live="polite" style={VISUALLY_HIDDEN}>
          {announcement}
        </div>
      </Stack>

      <Card withBorder padding="md">
        <ReplyBox ticketId={ticket.id} status={ticket.status} onStale={() => void refetch()} />
      </Card>
    </Stack>
  );
}
