import { useApolloClient, useMutation, useQuery, useSubscription } from '@apollo/client/react';
import {
  DeleteInvoiceDocument,
  InvoiceDocument,
  InvoiceStatusLiveDocument,
  IssueInvoiceDocument,
  UpdateInvoiceDocument,
} from '@clientflow/graphql-types/admin';
import { documentFormValuesOf, documentInputOf } from '../../shared/lib/document-form-values';
import { BillingDocumentLoader } from '../../shared/components/billing-document-loader';
import { DraftEditor } from '../../shared/components/draft-editor';
import { useBillingDefaults } from '../../shared/hooks/use-billing-defaults';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { InvoiceLineSources } from '../components/invoice-line-sources';
import { InvoiceView } from '../components/invoice-view';
import { evictInvoiceLists } from '../lib/invoice-cache';
import { useParams } from 'react-router';

/** /invoices/:id — a draft opens in the editor (for people who bill), anything else in the read view. */
export function InvoiceDetailRoute() {
  const { id = '' } = useParams();
  const format = useWorkspaceFormat();
  const canView = useCan('financials.view');
  const canManage = useCan('billing.manage');
  const { defaults } = useBillingDefaults();
  const query = useQuery(InvoiceDocument, {
    variables: { id },
    skip: !canView,
    context: { handledErrorCodes: ['NOT_FOUND', 'BAD_USER_INPUT'] },
  });
  const mutationOptions = {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictInvoiceLists,
  } as const;
  const [update] = useMutation(UpdateInvoiceDocument, mutationOptions);
  const [issue] = useMutation(IssueInvoiceDocument, mutationOptions);
  // After an email went out the API changed the document (issued, numbered, snapshot): read it again.
  const client = useApolloClient();
  const reload = () => {
    evictInvoiceLists(client.cache);
    void query.refetch();
  };
  const [remove] = useMutation(DeleteInvoiceDocument, mutationOptions);
  // A payment through the portal, the overdue job or a colleague changes the invoice: show it without a reload.
  useSubscription(InvoiceStatusLiveDocument, {
    variables: { invoiceId: id },
    skip: !canView || !id,
    ignoreResults: true,
    context: { handledErrorCodes: ['*'] },
    onData: () => reload(),
  });

  return (
    <BillingDocumentLoader kind="INVOICE" canView={canView} {...query} document={query.data?.invoice}>
      {(invoice) =>
        invoice.status === 'DRAFT' && canManage ? (
          <DraftEditor
            key={invoice.id}
            kind="INVOICE"
            id={invoice.id}
            number={invoice.number}
            client={invoice.client}
            project={invoice.project}
            values={documentFormValuesOf(invoice)}
            locale={format.locale}
            defaultTaxRate={defaults?.defaultTaxRate ?? 0}
            sendLabel="Mark as sent"
            save={(values) => update({ variables: { id, input: documentInputOf('INVOICE', values) } })}
            send={() => issue({ variables: { id } })}
            remove={() => remove({ variables: { id } })}
            onSent={reload}
            lineSources={(ctx) => <InvoiceLineSources {...ctx} locale={format.locale} />}
          />
        ) : (
          <InvoiceView invoice={invoice} format={format} canManage={canManage} onSent={reload} />
        )
      }
    </BillingDocumentLoader>
  );
}
