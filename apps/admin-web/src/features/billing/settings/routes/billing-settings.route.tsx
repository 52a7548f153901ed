import { useQuery } from '@apollo/client/react';
import { Center, Loader, Stack, Text, Title } from '@mantine/core';
import { BillingSettingsDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../../shared/components/error-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useCan } from '../../../session/hooks/use-viewer';
import { BillingSettingsForm } from '../components/billing-settings-form';

export function BillingSettingsRoute() {
  const canEdit = useCan('billing.manage');
  const { data, loading, error, refetch } = useQuery(BillingSettingsDocument, {
    context: { handledErrorCodes: ['*'] },
  });
  return (
    <Stack gap="md">
      <div>
        <Title order={3}>Billing</Title>
        <Text size="sm" c="dimmed">
          How invoices and quotes are numbered, what they start with, when reminders go out and what your PDFs say about
          you.
        </Text>
      </div>
      {loading && !data ? (
        <Center py="xl" role="status" aria-label="Loading billing settings">
          <Loader />
        </Center>
      ) : data ? (
        <BillingSettingsForm settings={data.billingSettings} canEdit={canEdit} />
      ) : (
        <ErrorState
          title="Could not load billing settings"
          message={apiErrorInfo(error).message}
          onRetry={() => void refetch()}
        />
      )}
    </Stack>
  );
}
