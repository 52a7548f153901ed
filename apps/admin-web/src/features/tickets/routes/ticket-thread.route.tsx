import { useEffect, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Breadcrumbs,
  Button,
  Card,
  Center,
  EmptyState,
  Grid,
  Group,
  Loader,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconBriefcase, IconFileInvoice, IconLifebuoy } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { TicketDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo, hasErrorCode } from '../../../shared/lib/graphql-errors';
import { useCan, useViewer, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { TicketPriorityBadge, TicketStatusBadge } from '../components/ticket-badges';
import { TicketComposer } from '../components/ticket-composer';
import { TicketControls } from '../components/ticket-controls';
import { TicketMessages } from '../components/ticket-messages';
import { useLiveTicketThread } from '../hooks/use-live-ticket-thread';
import { useMarkTicketRead } from '../hooks/use-mark-ticket-read';
import { useRefreshCached } from '../hooks/use-refresh-cached';
import { referenceHref } from '../lib/ticket-labels';

/** /tickets/:id: the thread (internal notes included), its status/priority/assignee, and the composer. */
export function TicketThreadRoute() {
  const { id = '' } = useParams();
  const viewer = useViewer();
  const canEdit = useCan('client.edit');
  const format = useWorkspaceFormat();
  const { data, loading, error, refetch } = useQuery(TicketDocument, {
    variables: { id },
    context: { handledErrorCodes: ['NOT_FOUND', 'BAD_USER_INPUT'] },
  });
  // Opened again later: the cached thread may miss what happened while it was closed.
  useRefreshCached(TicketDocument, { id }, refetch);
  // A message that arrived while the thread was loading may be newer than what the load answers: re-read after it.
  // A count rather than a flag, so nothing has to reset it: re-read when more were missed than were re-read for.
  const [missed, setMissed] = useState(0);
  const rereadFor = useRef(0);
  useLiveTicketThread(id, viewer.user.id, () => setMissed((n) => n + 1));
  const ticket = data?.ticket;
  useEffect(() => {
    if (missed > rereadFor.current && ticket) {
      rereadFor.current = missed;
      void refetch().catch(() => undefined);
    }
  }, [missed, ticket, refetch]);
  useMarkTicketRead(ticket?.id, ticket?.unread);

  if (!ticket && (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT'))) {
    return (
      <EmptyState
        py={80}
        withIndicatorBackground
        icon={<IconLifebuoy />}
        title="Ticket not found"
        description="It may belong to a client you do not manage, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to="/tickets" variant="default">
            Back to tickets
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (!ticket && loading) {
    return (
      <Center py={80} role="status" aria-label="Loading ticket">
        <Loader />
      </Center>
    );
  }
  if (!ticket)
    return (
      <ErrorState
        title="Could not load this ticket"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );

  const opened = new Intl.DateTimeFormat(format.locale, { dateStyle: 'medium', timeZone: format.timeZone }).format(
    new Date(ticket.createdAt),
  );
  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/tickets" size="sm">
          Tickets
        </Anchor>
        <Text size="sm" lineClamp={1}>
          {ticket.subject}
        </Text>
      </Breadcrumbs>
      <Stack gap={6}>
        <Title order={2} style={{ overflowWrap: 'anywhere' }}>
          {ticket.subject}
        </Title>
        <Group gap="sm" wrap="wrap">
          <TicketStatusBadge status={ticket.status} />
          <TicketPriorityBadge priority={ticket.priority} />
          <Anchor component={Link} to={`/clients/${ticket.client.id}`} size="sm" fw={600}>
            {ticket.client.name}
          </Anchor>
          {ticket.reference && (
            <Anchor component={Link} to={referenceHref(ticket.reference)} size="sm">
              <Group gap={4} wrap="nowrap" component="span">
                {ticket.reference.kind === 'INVOICE' ? (
                  <IconFileInvoice size={14} aria-hidden />
                ) : (
                  <IconBriefcase size={14} aria-hidden />
                )}
                {ticket.reference.label}
              </Group>
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            Opened{' '}
            {ticket.openedBy
              ? `by ${ticket.openedBy.name}${ticket.openedBy.kind === 'CONTACT' ? ' (client)' : ''} `
              : ''}
            on {opened}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {!ticket.contact
            ? 'No client contact on this ticket: replies show in the portal but are not emailed.'
            : ticket.contact.email
              ? `Replies are emailed to ${ticket.contact.name} <${ticket.contact.email}>.`
              : `${ticket.contact.name} has no email address: replies show in the portal but are not emailed.`}
        </Text>
      </Stack>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            <TicketMessages messages={ticket.messages} locale={format.locale} timeZone={format.timeZone} />
            {canEdit && (
              <TicketComposer
                ticketId={ticket.id}
                clientId={ticket.clientId}
                status={ticket.status}
                emailed={Boolean(ticket.contact?.email)}
              />
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Card withBorder padding="md" radius="md">
            <TicketControls ticket={ticket} viewerId={viewer.user.id} canEdit={canEdit} />
          </Card>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
