import { useEffect, useRef } from 'react';
import { skipToken, useApolloClient, useSubscription } from '@apollo/client/react';
import { PortalChangesDocument } from '@clientflow/graphql-types/portal';

/** Bursts of changes (a decision writes several rows) cost one re-fetch. */
export const PORTAL_REFETCH_DELAY_MS = 250;

/**
 * One live stream for the signed-in portal: whenever something this contact can see changes (the server checks
 * workspace, client, visibility and role for every event), the queries on screen are re-fetched.
 */
export function usePortalLiveUpdates(signedIn: boolean): void {
  const client = useApolloClient();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  useSubscription(
    PortalChangesDocument,
    signedIn
      ? {
          ignoreResults: true,
          // A refused or lost socket is shown by the live indicator, not as an error toast.
          context: { quietErrors: true },
          onData: () => {
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => {
              timer.current = null;
              void client.refetchQueries({ include: 'active' });
            }, PORTAL_REFETCH_DELAY_MS);
          },
        }
      : skipToken,
  );
}
