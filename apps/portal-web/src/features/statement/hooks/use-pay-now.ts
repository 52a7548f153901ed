import { useMutation } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import { CreateCheckoutDocument } from '@clientflow/graphql-types/portal';

/** Starts a checkout for the invoices and sends the browser to the provider's page (Stripe, or the local stand-in). */
export function usePayNow(navigate: (url: string) => void = (url) => window.location.assign(url)) {
  const [createCheckout, { loading, error }] = useMutation(CreateCheckoutDocument);
  const [redirecting, setRedirecting] = useState(false);
  const payNow = useCallback(
    async (invoiceIds: string[]) => {
      const { data } = await createCheckout({ variables: { invoiceIds } });
      if (!data) return;
      setRedirecting(true);
      navigate(data.createCheckout.url);
    },
    [createCheckout, navigate],
  );
  return { payNow, loading: loading || redirecting, redirecting, error };
}
