import type { ApolloCache } from '@apollo/client';

/** Lists and their totals change with any invoice write: drop them so they refetch (client summaries use cache-and-network). */
export function evictInvoiceLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'invoices' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'unbilledTime' });
  cache.gc();
}
