import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Alert, Center, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { EmailTemplatesDocument, type EmailTemplateKind } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../../shared/components/error-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useCan } from '../../../session/hooks/use-viewer';
import { KIND_LABELS } from '../lib/template-labels';
import { EmailTemplateEditor } from './email-template-editor';

interface Props {
  /** A client's overrides; the workspace defaults when null. */
  clientId: string | null;
}

/** Every billing email kind with its effective template; pick one to edit it. */
export function EmailTemplatesPanel({ clientId }: Props) {
  const canManage = useCan('billing.manage');
  const [kind, setKind] = useState<EmailTemplateKind>('INVOICE');
  const { data, loading, error, refetch } = useQuery(EmailTemplatesDocument, {
    variables: { clientId },
    skip: !canManage,
  });

  if (!canManage) return <Alert color="gray">Only owners, admins and managers can change billing emails.</Alert>;
  if (loading && !data) {
    return (
      <Center py="xl" role="status" aria-label="Loading email templates">
        <Loader size="sm" />
      </Center>
    );
  }
  if (!data)
    return (
      <ErrorState
        title="Could not load the email templates"
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  const template = data.emailTemplates.find((t) => t.kind === kind) ?? data.emailTemplates[0];

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {clientId
          ? "Emails to this client use its own template when it has one, else the workspace's, else the built-in one."
          : 'The workspace default for each kind of billing email. Clients can override it on their Email templates tab.'}
      </Text>
      <SegmentedControl
        value={kind}
        onChange={(v) => setKind(v as EmailTemplateKind)}
        data={data.emailTemplates.map((t) => ({ value: t.kind, label: KIND_LABELS[t.kind] }))}
        aria-label="Email kind"
        fullWidth
      />
      <EmailTemplateEditor key={`${template.kind}`} template={template} clientId={clientId} />
    </Stack>
  );
}

/** The client page's "Email templates" tab. */
export function ClientEmailTemplatesPanel({ clientId }: { clientId: string }) {
  return <EmailTemplatesPanel clientId={clientId} />;
}
