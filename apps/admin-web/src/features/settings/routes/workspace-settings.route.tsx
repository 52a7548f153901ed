import { useQuery } from '@apollo/client/react';
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { WorkspaceSettingsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { WorkspaceSettingsForm } from '../components/workspace-settings-form';

export function WorkspaceSettingsRoute() {
  const { data, loading, error, refetch } = useQuery(WorkspaceSettingsDocument, {
    context: { handledErrorCodes: ['*'] },
  });

  return (
    <Stack gap="md">
      <div>
        <Title order={3}>Workspace</Title>
        <Text size="sm" c="dimmed">
          Name, money and date formats, branding and what members can see.
        </Text>
      </div>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading settings">
          <Loader />
        </Center>
      ) : data ? (
        <WorkspaceSettingsForm settings={data.workspaceSettings} />
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
