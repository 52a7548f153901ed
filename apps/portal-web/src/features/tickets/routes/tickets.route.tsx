import { useQuery } from '@apollo/client/react';
import { Button, Card, Group, Pagination, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMessages, IconPlus } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router';
import { PortalTicketsDocument } from '@clientflow/graphql-types/portal';
import { ErrorState, PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { usePortalViewer } from '../../../shared/session/portal-viewer-context';
import { TicketList, TicketListSkeleton } from '../components/ticket-list';
import { useTicketsT } from '../i18n/tickets-i18n';

export const TICKETS_PAGE_SIZE = 20;

/**
 * `/tickets`: the client's tickets, unresolved first (the API's order). The list re-fetches by itself when a ticket
 * or a reply arrives (the portal's live stream re-fetches the queries on screen).
 */
export function TicketsRoute() {
  const t = useTicketsT();
  const { branding } = usePortalViewer();
  useDocumentTitle(`${t('tickets.title')} · ${branding.agencyName}`);
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = useQuery(PortalTicketsDocument, { context: { quietErrors: true } });

  const tickets = data?.portalTickets ?? [];
  const pages = Math.max(1, Math.ceil(tickets.length / TICKETS_PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(params.get('page')) || 1));
  const shown = tickets.slice((page - 1) * TICKETS_PAGE_SIZE, page * TICKETS_PAGE_SIZE);

  const newTicket = (
    <Button component={Link} to="/tickets/new" leftSection={<IconPlus size={16} />}>
      {t('tickets.new')}
    </Button>
  );

  let body;
  if (loading && !data) body = <TicketListSkeleton />;
  else if (!data) body = <ErrorState title={t('tickets.loadError')} error={error} onRetry={() => void refetch()} />;
  else if (!tickets.length) {
    body = (
      <Card withBorder>
        <Stack align="center" ta="center" gap="xs" py="xl">
          <ThemeIcon size={56} radius="xl" variant="light" aria-hidden>
            <IconMessages size={28} />
          </ThemeIcon>
          <Title order={2} size="h4">
            {t('tickets.empty')}
          </Title>
          <Text size="sm" c="dimmed" maw={420}>
            {t('tickets.emptyHint', { agency: branding.agencyName })}
          </Text>
          <Group mt="xs">{newTicket}</Group>
        </Stack>
      </Card>
    );
  } else {
    body = (
      <Stack gap="md">
        <TicketList tickets={shown} />
        {pages > 1 && (
          <Group justify="center">
            <Pagination
              total={pages}
              value={page}
              onChange={(next) => setParams((p) => (p.set('page', String(next)), p))}
              aria-label={t('tickets.page', { page, total: pages })}
            />
          </Group>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('tickets.title')}
        intro={t('tickets.intro', { agency: branding.agencyName })}
        action={data && !tickets.length ? undefined : <Group mt="xs">{newTicket}</Group>}
      />
      {body}
    </Stack>
  );
}
