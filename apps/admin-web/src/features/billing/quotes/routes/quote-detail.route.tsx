import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import {
  DeleteQuoteDocument,
  MarkQuoteSentDocument,
  QuoteDocument,
  UpdateQuoteDocument,
} from '@clientflow/graphql-types/admin';
import { BillingDocumentLoader } from '../../shared/components/billing-document-loader';
import { DraftEditor } from '../../shared/components/draft-editor';
import { useBillingDefaults } from '../../shared/hooks/use-billing-defaults';
import { documentFormValuesOf, documentInputOf } from '../../shared/lib/document-form-values';
import { useCan, useWorkspaceFormat } from '../../../session/hooks/use-viewer';
import { QuoteView } from '../components/quote-view';
import { evictQuoteLists } from '../lib/quote-cache';

/** /quotes/:id — a draft opens in the editor (for people who bill), anything else in the read view. */
export function QuoteDetailRoute() {
  const { id = '' } = useParams();
  const format = useWorkspaceFormat();
  const canView = useCan('financials.view');
  const canManage = useCan('billing.manage');
  const { defaults } = useBillingDefaults();
  const query = useQuery(QuoteDocument, {
    variables: { id },
    skip: !canView,
    context: { handledErrorCodes: ['NOT_FOUND', 'BAD_USER_INPUT'] },
  });
  const mutationOptions = {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictQuoteLists,
  } as const;
  const [update] = useMutation(UpdateQuoteDocument, mutationOptions);
  const [markSent] = useMutation(MarkQuoteSentDocument, mutationOptions);
  // After an email went out the API changed the document (issued, numbered, snapshot): read it again.
  const client = useApolloClient();
  const reload = () => {
    evictQuoteLists(client.cache);
    void query.refetch();
  };
  const [remove] = useMutation(DeleteQuoteDocument, mutationOptions);

  return (
    <BillingDocumentLoader kind="QUOTE" canView={canView} {...query} document={query.data?.quote}>
      {(quote) =>
        quote.status === 'DRAFT' && canManage ? (
          <DraftEditor
            key={quote.id}
            kind="QUOTE"
            id={quote.id}
            number={quote.number}
            client={quote.client}
            project={quote.project}
            values={documentFormValuesOf(quote)}
            locale={format.locale}
            defaultTaxRate={defaults?.defaultTaxRate ?? 0}
            sendLabel="Mark as sent"
            save={(values) => update({ variables: { id, input: documentInputOf('QUOTE', values) } })}
            send={() => markSent({ variables: { id } })}
            remove={() => remove({ variables: { id } })}
            onSent={reload}
          />
        ) : (
          <QuoteView quote={quote} format={format} canManage={canManage} onSent={reload} />
        )
      }
    </BillingDocumentLoader>
  );
}
