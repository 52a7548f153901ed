import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Center, Loader, ScrollArea, Stack, Tabs, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconBriefcase,
  IconFileInvoice,
  IconFiles,
  IconInfoCircle,
  IconLifebuoy,
  IconMoodSmile,
  IconMail,
  IconNote,
  IconRepeat,
  IconTimeline,
  IconUsers,
  IconWorldShare,
} from '@tabler/icons-react';
import { Link, useParams, useSearchParams } from 'react-router';
import { ClientDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo, hasErrorCode } from '../../../shared/lib/graphql-errors';
import { useCan, useViewer, useWorkspaceFormat } from '../../session/hooks/use-viewer';
import { ClientContactsTab } from '../components/client-contacts-tab';
import { ClientEditDrawer } from '../components/client-edit-drawer';
import { ClientHeader } from '../components/client-header';
import { ClientNotFound } from '../components/client-not-found';
import { ClientOverview } from '../components/client-overview';
import { ClientDocumentsPanel } from '../../documents/components/client-documents-panel';
import { ClientNotesPanel } from '../../notes/components/client-notes-panel';
import { PinnedNotes } from '../../notes/components/pinned-notes';
import { ClientTimelinePanel } from '../../timeline/components/client-timeline-panel';
import { ClientProjectsPanel } from '../../projects/components/client-projects-panel';
import { ClientPortalPanel } from '../../portal-settings/components/client-portal-panel';
import { ClientFeedbackPanel } from '../../feedback/components/client-feedback-panel';
import { ClientInvoicesPanel } from '../../billing/invoices/components/client-invoices-panel';
import { ClientEmailTemplatesPanel } from '../../billing/email/components/email-templates-panel';
import { ClientRecurringPanel } from '../../billing/recurring/components/recurring-list';
import { ClientTicketsPanel } from '../../tickets/components/client-tickets-panel';

const PANEL_TABS = [
  { value: 'timeline', label: 'Timeline', icon: IconTimeline, Panel: ClientTimelinePanel },
  { value: 'notes', label: 'Notes', icon: IconNote, Panel: ClientNotesPanel },
  { value: 'documents', label: 'Documents', icon: IconFiles, Panel: ClientDocumentsPanel },
  { value: 'projects', label: 'Projects', icon: IconBriefcase, Panel: ClientProjectsPanel },
  {
    value: 'invoices',
    label: 'Invoices',
    icon: IconFileInvoice,
    Panel: ClientInvoicesPanel,
    permission: 'financials.view',
  },
  {
    value: 'recurring',
    label: 'Recurring billing',
    icon: IconRepeat,
    Panel: ClientRecurringPanel,
    permission: 'financials.view',
  },
  { value: 'tickets', label: 'Tickets', icon: IconLifebuoy, Panel: ClientTicketsPanel },
  { value: 'portal', label: 'Portal', icon: IconWorldShare, Panel: ClientPortalPanel },
  { value: 'feedback', label: 'Feedback', icon: IconMoodSmile, Panel: ClientFeedbackPanel },
  {
    value: 'email-templates',
    label: 'Email templates',
    icon: IconMail,
    Panel: ClientEmailTemplatesPanel,
    permission: 'billing.manage',
  },
] as const;

export function ClientDetailRoute() {
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const format = useWorkspaceFormat();
  const canEdit = useCan('client.edit');
  const canDelete = useCan('client.delete');
  const canReassign = useCan('client.viewAll');
  const canManagePortal = useCan('portal.manage');
  const withFinancials = useCan('financials.view');
  const [editing, { open: openEditor, close: closeEditor }] = useDisclosure(false);

  const { data, loading, error, refetch } = useQuery(ClientDocument, {
    variables: { id, withFinancials },
    context: { handledErrorCodes: ['NOT_FOUND', 'BAD_USER_INPUT'] },
  });

  const { permissions } = useViewer();
  // A tab may need a permission (Invoices: financials.view); the API refuses its data anyway.
  const tabs = PANEL_TABS.filter((t) => !('permission' in t) || permissions.includes(t.permission));
  const requestedTab = searchParams.get('tab');
  const activeTab =
    requestedTab === 'contacts' || tabs.some((t) => t.value === requestedTab) ? requestedTab! : 'overview';

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
      <ClientHeader
        client={client}
        canEdit={canEdit}
        canDelete={canDelete}
        withFinancials={withFinancials}
        onEdit={openEditor}
      />
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
        <ScrollArea type="never" mb="lg">
          <Tabs.List style={{ flexWrap: 'nowrap' }}>
            <Tabs.Tab value="overview" leftSection={<IconInfoCircle size={16} />}>
              Overview
            </Tabs.Tab>
            <Tabs.Tab value="contacts" leftSection={<IconUsers size={16} />}>
              Contacts ({client.contacts.length})
            </Tabs.Tab>
            {tabs.map(({ value, label, icon: Icon }) => (
              <Tabs.Tab key={value} value={value} leftSection={<Icon size={16} />}>
                {label}
              </Tabs.Tab>
            ))}
          </Tabs.List>
        </ScrollArea>
        <Tabs.Panel value="overview">
          <ClientOverview
            client={client}
            format={format}
            showValue={withFinancials}
            top={<PinnedNotes clientId={client.id} />}
          />
        </Tabs.Panel>
        <Tabs.Panel value="contacts">
          <ClientContactsTab client={client} canEdit={canEdit} canManagePortal={canManagePortal} />
        </Tabs.Panel>
        {tabs.map(({ value, Panel }) => (
          <Tabs.Panel key={value} value={value}>
            <Panel clientId={client.id} />
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
          canReassign={canReassign}
        />
      )}
    </Stack>
  );
}
