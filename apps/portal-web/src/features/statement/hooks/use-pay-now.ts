import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CreateCheckoutDocument } from '@clientflow/graphql-types/portal';
import { browser } from '../lib/browser';

/** Starts a checkout for the invoices and sends the browser to the provider's page (Stripe, or the local stand-in). */
export function usePayNow() {
  const [createCheckout, { loading, error }] = useMutation(CreateCheckoutDocument);
  const [redirecting, setRedirecting] = useState(false);
  const payNow = useCallback(
    async (invoiceIds: string[]) => {
      const { data } = await createCheckout({ variables: { invoiceIds } });
      if (!data) return;
      setRedirecting(true);
      browser.assign(data.createCheckout.url);
    },
    [createCheckout],
  );
  return { payNow, loading: loading || redirecting, redirecting, error };
}
