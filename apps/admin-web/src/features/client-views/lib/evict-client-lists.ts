import type { ApolloCache } from '@apollo/client';

/** Every list, pipeline column, map and segment can change after a write: drop them and let the screen refetch. */
export function evictClientLists(cache: ApolloCache) {
  for (const fieldName of ['clients', 'clientMapPoints', 'clientSegments', 'clientFilterOptions']) {
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  }
  cache.gc();
}
