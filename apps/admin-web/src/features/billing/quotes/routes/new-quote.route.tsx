import { useMutation } from '@apollo/client/react';
import { CreateQuoteDocument, MarkQuoteSentDocument } from '@clientflow/graphql-types/admin';
import { NewBillingDocumentPage } from '../../shared/components/new-billing-document-page';
import { documentInputOf } from '../../shared/lib/document-form-values';
import { evictQuoteLists } from '../lib/quote-cache';

export function NewQuoteRoute() {
  const [createQuote] = useMutation(CreateQuoteDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT', 'CONFLICT'] },
    update: evictQuoteLists,
  });
  const [markSent] = useMutation(MarkQuoteSentDocument, {
    context: { handledErrorCodes: ['*'] },
    update: evictQuoteLists,
  });
  return (
    <NewBillingDocumentPage
      kind="QUOTE"
      sendLabel="Mark as sent"
      create={async (values) => {
        const { data } = await createQuote({
          variables: { input: { clientId: values.clientId!, ...documentInputOf('QUOTE', values) } },
        });
        return data!.createQuote.id;
      }}
      send={(id) => markSent({ variables: { id } })}
    />
  );
}
