import { useEffect, useEffectEvent, useState } from 'react';
import type { DocumentNode } from 'graphql';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

/**
 * Re-reads a query once when a screen shows variables whose answer was already in the cache before it opened (a
 * list or thread opened again), so it is current. Done after commit rather than with `cache-and-network`: that
 * policy fetches again whenever a render returns to earlier variables, and the router renders navigations in
 * transitions, which made the two fight (one request after another for the same two pages).
 */
export function useRefreshCached<V extends OperationVariables>(
  query: DocumentNode | TypedDocumentNode<unknown, V>,
  variables: V,
  refetch: () => Promise<unknown>,
) {
  const client = useApolloClient();
  const key = JSON.stringify(variables);
  const [cachedBeforeShown] = useState(() => new Map<string, boolean>());
  if (!cachedBeforeShown.has(key)) cachedBeforeShown.set(key, client.readQuery({ query, variables }) != null);
  const refresh = useEffectEvent(() => void refetch().catch(() => undefined));
  useEffect(() => {
    if (cachedBeforeShown.get(key)) refresh();
  }, [key, cachedBeforeShown]);
}
