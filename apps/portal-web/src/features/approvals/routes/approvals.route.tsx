import { useQuery } from '@apollo/client/react';
import { Stack, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { PortalDeliverablesDocument } from '@clientflow/graphql-types/portal';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../../shared/components/content-states';
import { useDocumentTitle } from '../../../shared/hooks/use-document-title';
import { useT } from '../../../shared/i18n/i18n-provider';
import { DeliverableCard } from '../components/deliverable-card';

/** Deliverables awaiting the client's decision first, then the ones decided recently. */
export function ApprovalsRoute() {
  const t = useT();
  useDocumentTitle(t('approvals.title'));
  const { data, loading, error, refetch } = useQuery(PortalDeliverablesDocument, {
    variables: { pendingOnly: false },
    context: { quietErrors: true },
  });

  let body;
  if (loading && !data) body = <LoadingState />;
  else if (!data) body = <ErrorState title={t('approvals.loadError')} error={error} onRetry={() => void refetch()} />;
  else {
    const pending = data.portalDeliverables.filter((d) => d.status === 'PENDING_APPROVAL');
    const decided = data.portalDeliverables.filter((d) => d.status !== 'PENDING_APPROVAL').slice(0, 20);
    body = (
      <Stack gap="md">
        {pending.length ? (
          pending.map((d) => <DeliverableCard key={d.id} deliverable={d} />)
        ) : (
          <EmptyState icon={<IconChecklist size={28} />} title={t('approvals.empty')} hint={t('approvals.emptyHint')} />
        )}
        {decided.length > 0 && (
          <>
            <Title order={2} size="h4" mt="md">
              {t('approvals.decided')}
            </Title>
            {decided.map((d) => (
              <DeliverableCard key={d.id} deliverable={d} />
            ))}
          </>
        )}
      </Stack>
    );
  }
  return (
    <Stack gap={0}>
      <PageHeader title={t('approvals.title')} intro={t('approvals.intro')} />
      {body}
    </Stack>
  );
}
