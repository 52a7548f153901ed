import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Center, Loader, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconFileInvoice,
  IconFiles,
  IconInfoCircle,
  IconNote,
  IconTimeline,
} from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ClientDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo, hasErrorCode } from '../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { ClientEditDrawer } from '../components/client-edit-drawer';
import { ClientHeader } from '../components/client-header';
import { ClientNotFound } from '../components/client-not-found';
import { ClientOverview } from '../components/client-overview';
import { ClientTabPlaceholder } from '../components/client-tab-placeholder';
import { ClientDocumentsPanel } from '../../documents/components/client-documents-panel';
import { ClientNotesPanel } from '../../notes/components/client-notes-panel';
import { PinnedNotes } from '../../notes/components/pinned-notes';
import { ClientTimelinePanel } from '../../timeline/components/client-timeline-panel';

const PLACEHOLDER_TABS = [
  {
    value: 'projects',
    label: 'Projects',
    icon: IconBriefcase,
    description: 'Projects for this client, with their status, progress, budget and due dates, will appear here.',
  },
  {
    value: 'timeline',
    label: 'Timeline',
    icon: IconTimeline,
    description: 'Meetings, calls, emails, status changes, invoices and portal activity will appear here as they happen.',
  },
  {
    value: 'notes',
    label: 'Notes',
    icon: IconNote,
    description: 'Internal notes about preferences, decisions and alerts will appear here. Clients never see them.',
  },
  {
    value: 'documents',
    label: 'Documents',
    icon: IconFiles,
    description: 'Contracts, proposals, branding files and other documents shared with this client will appear here.',
  },
  {
    value: 'invoices',
    label: 'Invoices',
    icon: IconFileInvoice,
    description: 'Quotes, invoices and payments for this client will appear here.',
    financial: true,
  },
] as const;

export function ClientDetailRoute() {
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const format = useWorkspaceFormat();
  const canEdit = useCan('client.edit');
  const withFinancials = useCan('financials.view');
  const [editing, { open: openEditor, close: closeEditor }] = useDisclosure(false);

  const { data, loading, error, refetch } = useQuery(ClientDocument, {
    variables: { id, withFinancials },
    context: { handledErrorCodes: ['NOT_FOUND', 'BAD_USER_INPUT'] },
  });

  const tabs = PLACEHOLDER_TABS.filter((tab) => !('financial' in tab) || withFinancials);
  const requestedTab = searchParams.get('tab');
  const activeTab = tabs.some((t) => t.value === requestedTab) ? requestedTab! : 'overview';

  // An id that is malformed is as missing as one that was deleted.
  if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) return <ClientNotFound />;
  if (loading && !data) {
    return (
      <Center py={80} role="status" aria-label="Loading client">
        <Loader />
      </Center>
    );
  }
  if (!data) {
    return (
      <ErrorState
        title="Could not load this client"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  }

  const { client } = data;

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to="/clients" size="sm">
          Clients
        </Anchor>
        <Text size="sm">{client.name}</Text>
      </Breadcrumbs>
      <ClientHeader client={client} canEdit={canEdit} onEdit={openEditor} />
      <Tabs
        value={activeTab}
        onChange={(tab) => {
          const next = new URLSearchParams(searchParams);
          if (!tab || tab === 'overview') next.delete('tab');
          else next.set('tab', tab);
          setSearchParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List mb="lg">
          <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} />}>
            Overview
          </Tabs.Tab>
          {tabs.map(({ value, label, icon: Icon }) => (
            <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />}>
              {label}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="overview">
          <Stack gap="md">
            <PinnedNotes clientId={client.id} />
            <ClientOverview client={client} format={format} showValue={withFinancials} />
          </Stack>
        </Tabs.Panel>
        {tabs.map(({ value, label, icon: Icon, description }) => (
          <Tabs.Panel key={value} value={value}>
            {value === 'timeline' ? (
              <ClientTimelinePanel clientId={client.id} />
            ) : value === 'notes' ? (
              <ClientNotesPanel clientId={client.id} />
            ) : value === 'documents' ? (
              <ClientDocumentsPanel clientId={client.id} />
            ) : (
              <ClientTabPlaceholder icon={<Icon />} title={`No ${label.toLowerCase()} yet`} description={description} />
            )}
          </Tabs.Panel>
        ))}
      </Tabs>
      {canEdit && (
        <ClientEditDrawer
          client={client}
          opened={editing}
          onClose={closeEditor}
          locale={format.locale}
          withFinancials={withFinancials}
        />
      )}
    </Stack>
  );
}
