import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import {
  ArchiveClientDocument,
  ChangeClientStatusDocument,
  CreateClientDocument,
  DeleteClientDocument,
  RestoreClientDocument,
  RestoreDeletedClientDocument,
  UpdateClientDocument,
} from '@clientflow/graphql-types/admin';

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

export function useChangeClientStatus() {
  return useMutation(ChangeClientStatusDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update: evictClientLists,
  });
}

export function useArchiveClient() {
  return useMutation(ArchiveClientDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update: evictClientLists,
  });
}

export function useRestoreClient() {
  return useMutation(RestoreClientDocument, {
    context: { handledErrorCodes: ['BAD_USER_INPUT'] },
    update: evictClientLists,
  });
}

/** The deleted client leaves every list and the bin gains it: drop both, and the client's own entry. */
export function useDeleteClient(id: string) {
  return useMutation(DeleteClientDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Client', id }) });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'deletedClients' });
      evictClientLists(cache);
    },
  });
}

export function useRestoreDeletedClient() {
  return useMutation(RestoreDeletedClientDocument, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'deletedClients' });
      evictClientLists(cache);
    },
  });
}
