import { useMutation } from '@apollo/client/react';
import { CreateInvoiceDocument, IssueInvoiceDocument } from '@clientflow/graphql-types/admin';
import { NewBillingDocumentPage } from '../../shared/components/new-billing-document-page';
import { documentInputOf } from '../../shared/lib/document-form-values';
import { useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { InvoiceLineSources } from '../components/invoice-line-sources';
import { evictInvoiceLists } from '../lib/invoice-cache';

export function NewInvoiceRoute() {
  const { locale } = useWorkspaceFormat();
  const [createInvoice] = useMutation(CreateInvoiceDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictInvoiceLists,
  });
  const [issueInvoice] = useMutation(IssueInvoiceDocument, {
    context: { handledErrorCodes: ['*'] },
    update: evictInvoiceLists,
  });
  return (
    <NewBillingDocumentPage
      kind="INVOICE"
      sendLabel="Mark as sent"
      create={async (values) => {
        const { data } = await createInvoice({
          variables: { input: { clientId: values.clientId!, ...documentInputOf('INVOICE', values) } },
        });
        return data!.createInvoice.id;
      }}
      send={(id) => issueInvoice({ variables: { id } })}
      lineSources={(ctx) => <InvoiceLineSources {...ctx} locale={locale} />}
    />
  );
}
