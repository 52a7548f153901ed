import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button, Card, Center, EmptyState, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconRepeat, IconSearch } from '@tabler/icons-react';
import { ProjectClientNameDocument, RecurringInvoicesDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../../shared/components/error-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { RecurringDetailDrawer } from './recurring-detail-drawer';
import { RecurringFormModal } from './recurring-form-modal';
import { RecurringTable } from './recurring-table';

/** Schedules of the workspace (or of one client) with search, details and "New recurring invoice". */
export function RecurringList({ client, title }: { client?: { id: string; name: string } | null; title: string }) {
  const format = useWorkspaceFormat();
  const canManage = useCan('billing.manage');
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const { data, loading, error, refetch } = useQuery(RecurringInvoicesDocument, {
    variables: { clientId: client?.id ?? null },
  });
  const needle = search.trim().toLowerCase();
  const schedules = (data?.recurringInvoices ?? []).filter(
    (s) => !needle || s.name.toLowerCase().includes(needle) || (s.client?.name.toLowerCase().includes(needle) ?? false),
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Title order={client ? 3 : 2} size={client ? 'h4' : undefined}>
          {title}
        </Title>
        <Group gap="xs">
          {(data?.recurringInvoices.length ?? 0) > 5 && (
            <TextInput
              aria-label="Search recurring invoices"
              placeholder="Search"
              leftSection={<IconSearch size={14} />}
              value={search}
              onChange={(e) => setSearch(e.currentTarget.value)}
            />
          )}
          {canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              New recurring invoice
            </Button>
          )}
        </Group>
      </Group>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading recurring invoices">
          <Loader />
        </Center>
      ) : error && !data ? (
        <ErrorState
          title="Could not load recurring invoices"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      ) : schedules.length ? (
        <Card withBorder padding={0}>
          <RecurringTable schedules={schedules} format={format} showClient={!client} onOpen={(s) => setOpenId(s.id)} />
        </Card>
      ) : (
        <EmptyState
          py="xl"
          icon={<IconRepeat />}
          title={needle ? 'No schedule matches' : 'No recurring invoices yet'}
          description={<Text size="sm">Retainers and subscriptions are invoiced here on a fixed schedule.</Text>}
        />
      )}
      {creating && (
        <RecurringFormModal
          opened
          client={client}
          onClose={() => setCreating(false)}
          onSaved={(s) => setOpenId(s.id)}
        />
      )}
      <RecurringDetailDrawer id={openId} onClose={() => setOpenId(null)} />
    </Stack>
  );
}

/** The client page's "Recurring billing" tab. */
export function ClientRecurringPanel({ clientId }: { clientId: string }) {
  const { data } = useQuery(ProjectClientNameDocument, { variables: { id: clientId } });
  return <RecurringList client={{ id: clientId, name: data?.client.name ?? '' }} title="Recurring billing" />;
}
