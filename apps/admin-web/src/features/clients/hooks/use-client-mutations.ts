import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { CreateClientDocument, UpdateClientDocument } from '@clientflow/graphql-types/admin';

// List pages are keyed by filter/sort/page, so a write can move a client in or out of any of them:
// drop them all and let the next visit refetch.
function evictClientLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'clients' });
  cache.gc();
}

export function useCreateClient() {
  return useMutation(CreateClientDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update: evictClientLists,
  });
}

export function useUpdateClient() {
  return useMutation(UpdateClientDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update: evictClientLists,
  });
}
