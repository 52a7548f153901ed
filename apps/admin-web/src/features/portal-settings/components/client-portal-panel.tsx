import { useQuery } from '@apollo/client/react';
import { Center, EmptyState, Loader, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { ClientPortalSettingsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan } from '../../session/hooks/use-viewer';
import { PortalContactsCard } from './portal-contacts-card';
import { PortalSettingsForm } from './portal-settings-form';
import { PortalUrlCard } from './portal-url-card';

/** The client's "Portal" tab: address, what the portal shows and allows, and who can sign in. */
export function ClientPortalPanel({ clientId }: { clientId: string }) {
  const canManage = useCan('portal.manage');
  if (!canManage) {
    return (
      <EmptyState
        py={48}
        withIndicatorBackground
        icon={<IconLock />}
        title="Portal settings are managed by owners, admins and managers"
        description="Ask one of them to change what this client sees in the portal or who can sign in."
      />
    );
  }
  return <PortalSettingsLoader clientId={clientId} />;
}

function PortalSettingsLoader({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(ClientPortalSettingsDocument, { variables: { clientId } });
  if (loading && !data) {
    return (
      <Center py={64} role="status" aria-label="Loading portal settings">
        <Loader />
      </Center>
    );
  }
  if (!data) {
    return (
      <ErrorState
        title="Could not load the portal settings"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  }
  const settings = data.clientPortalSettings;
  return (
    <Stack gap="lg">
      <PortalUrlCard clientId={clientId} url={settings.portalUrl} enabled={settings.enabled} />
      <PortalSettingsForm settings={settings} projects={data.projects.nodes} />
      <PortalContactsCard clientId={clientId} contacts={settings.contacts} portalEnabled={settings.enabled} />
    </Stack>
  );
}
