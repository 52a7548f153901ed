import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { PortalCheckoutDocument, PortalStatementDocument } from '@clientflow/graphql-types/portal';

export type PaymentReturn = { state: 'success'; confirmed: boolean } | { state: 'cancelled' } | null;

const POLL_MS = 1000;

/**
 * Back from the payment page (`?payment=success|cancelled&checkout=…`): on success the webhook may still be on its
 * way, so the checkout is polled until the provider confirmed it, then the statement is refreshed.
 */
export function usePaymentReturn(): { paymentReturn: PaymentReturn; dismiss: () => void } {
  const [params, setParams] = useSearchParams();
  const state = params.get('payment');
  const checkoutId = params.get('checkout');
  const client = useApolloClient();
  const success = state === 'success' && !!checkoutId;
  const { data, stopPolling } = useQuery(PortalCheckoutDocument, {
    variables: { id: checkoutId ?? '' },
    skip: !success,
    pollInterval: POLL_MS,
    fetchPolicy: 'network-only',
    context: { quietErrors: true },
  });
  const confirmed = data?.portalCheckout.status === 'COMPLETED';

  useEffect(() => {
    if (!confirmed) return;
    stopPolling();
    void client.refetchQueries({ include: [PortalStatementDocument] });
  }, [confirmed, stopPolling, client]);

  const dismiss = useCallback(() => {
    setParams(
      (p) => {
        p.delete('payment');
        p.delete('checkout');
        return p;
      },
      { replace: true },
    );
  }, [setParams]);

  if (success) return { paymentReturn: { state: 'success', confirmed }, dismiss };
  if (state === 'cancelled') return { paymentReturn: { state: 'cancelled' }, dismiss };
  return { paymentReturn: null, dismiss };
}
