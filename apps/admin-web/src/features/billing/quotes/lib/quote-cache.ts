import type { ApolloCache } from '@apollo/client';

/** Quote lists change with any quote write; converting also adds an invoice. */
export function evictQuoteLists(cache: ApolloCache) {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'quotes' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'invoices' });
  cache.gc();
}
