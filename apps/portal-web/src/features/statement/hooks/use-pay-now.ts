import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CreateCheckoutDocument } from '@clientflow/graphql-types/portal';
import { useIdempotencyKey } from '../../../shared/hooks/use-idempotency-key';
import { browser } from '../lib/browser';

/** Starts a checkout for the invoices and sends the browser to the provider's page (Stripe, or the local stand-in). */
export function usePayNow() {
  const [createCheckout, { loading, error }] = useMutation(CreateCheckoutDocument);
  const [redirecting, setRedirecting] = useState(false);
  const { keyFor, settle } = useIdempotencyKey();
  const payNow = useCallback(
    async (invoiceIds: string[]) => {
      // "Pay" clicked again after a failure reuses the key: the same checkout session, never a second one.
      const idempotencyKey = keyFor({ invoiceIds });
      const { data } = await createCheckout({ variables: { invoiceIds, idempotencyKey } });
      if (!data) return;
      settle();
      setRedirecting(true);
      browser.assign(data.createCheckout.url);
    },
    [createCheckout, keyFor, settle],
  );
  return { payNow, loading: loading || redirecting, redirecting, error };
}
