import { useQuery } from '@apollo/client/react';
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { WorkspaceSettingsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { useCan } from '../../session/hooks/use-viewer';
import { WorkspaceDangerZone } from '../components/workspace-danger-zone';
import { WorkspaceLogoCard } from '../components/workspace-logo-card';
import { WorkspaceSettingsForm } from '../components/workspace-settings-form';
import { WorkspaceSlugCard } from '../components/workspace-slug-card';

export function WorkspaceSettingsRoute() {
  const canDelete = useCan('workspace.delete');
  const { data, loading, error, refetch } = useQuery(WorkspaceSettingsDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  const settings = data?.workspaceSettings;

  return (
    <Stack gap="md">
      <div>
        <Title order={3}>Workspace</Title>
        <Text size="sm" c="dimmed">
          Name, address, logo, money and date formats, branding and what members can see.
        </Text>
      </div>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading settings">
          <Loader />
        </Center>
      ) : settings ? (
        <Stack gap="lg">
          <WorkspaceSettingsForm settings={settings} />
          <WorkspaceSlugCard settings={settings} />
          <WorkspaceLogoCard workspace={settings} />
          {canDelete && <WorkspaceDangerZone workspaceName={settings.name} />}
        </Stack>
      ) : (
        <ErrorState
          title="Could not load settings"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      )}
    </Stack>
  );
}
