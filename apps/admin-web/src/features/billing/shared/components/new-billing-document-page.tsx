import { useQuery } from '@apollo/client/react';
import { Anchor, Breadcrumbs, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProjectClientNameDocument } from '@clientflow/graphql-types/admin';
import { ForbiddenState } from '../../../../shared/components/forbidden-state';
import { apiErrorInfo } from '../../../../shared/lib/graphql-errors';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { useBillingDefaults } from '../hooks/use-billing-defaults';
import { newDocumentValues, type BillingKind, type DocumentFormValues } from '../lib/document-form-values';
import { BillingDocumentForm, type SubmitIntent } from './billing-document-form';

interface NewBillingDocumentPageProps {
  kind: BillingKind;
  /** Creates the draft; resolves to its id (throws the API error). */
  create(values: DocumentFormValues): Promise<string>;
  /** "Send" after creating: issue / mark as sent. */
  send(id: string): Promise<unknown>;
  sendLabel: string;
  lineSources?: Parameters<typeof BillingDocumentForm>[0]['lineSources'];
}

/** /invoices/new and /quotes/new (`?clientId=` preselects the client, `?projectId=` the project). */
export function NewBillingDocumentPage({ kind, create, send, sendLabel, lineSources }: NewBillingDocumentPageProps) {
  const canManage = useCan('billing.manage');
  const format = useWorkspaceFormat();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const clientId = params.get('clientId');
  const { data: clientData, loading: clientLoading } = useQuery(ProjectClientNameDocument, {
    variables: { id: clientId ?? '' },
    skip: !clientId,
    context: { handledErrorCodes: ['*'] },
  });
  const { defaults, loading } = useBillingDefaults();
  const [noun, base] = kind === 'INVOICE' ? ['invoice', '/invoices'] : ['quote', '/quotes'];

  if (!canManage) return <ForbiddenState message={`Only owners, admins and managers can create ${noun}s.`} />;
  if (loading || clientLoading) {
    return (
      <Center py={80} role="status" aria-label="Loading">
        <Loader />
      </Center>
    );
  }
  const client = clientData?.client ?? null;

  const onSubmit = async (values: DocumentFormValues, intent: SubmitIntent) => {
    const id = await create(values);
    // "Send" continues on the document's page, where the email opens over the saved draft.
    if (intent === 'email') return navigate(`${base}/${id}?send=1`, { replace: true });
    if (intent === 'send') {
      try {
        await send(id);
      } catch (error) {
        notifications.show({
          color: 'orange',
          title: `Saved as a draft, not sent`,
          message: apiErrorInfo(error).message,
        });
      }
    } else {
      notifications.show({ color: 'teal', message: `Draft ${noun} saved` });
    }
    navigate(`${base}/${id}`, { replace: true });
  };

  return (
    <Stack gap="lg">
      <Breadcrumbs>
        <Anchor component={Link} to={base} size="sm">
          {kind === 'INVOICE' ? 'Invoices' : 'Quotes'}
        </Anchor>
        <Text size="sm">New</Text>
      </Breadcrumbs>
      <Title order={1} size="h2">
        New {noun}
      </Title>
      <BillingDocumentForm
        kind={kind}
        initialValues={newDocumentValues({
          clientId: client?.id ?? null,
          projectId: params.get('projectId'),
          currency: format.currency,
          defaults,
        })}
        initialClient={client}
        locale={format.locale}
        defaultTaxRate={defaults?.defaultTaxRate ?? 0}
        sendLabel={sendLabel}
        emailLabel="Send"
        onSubmit={onSubmit}
        onCancel={() => navigate(base)}
        lineSources={lineSources}
      />
    </Stack>
  );
}
