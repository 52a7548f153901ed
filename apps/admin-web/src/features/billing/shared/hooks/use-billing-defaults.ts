import { useQuery } from '@apollo/client/react';
import { BillingDefaultsDocument } from '@clientflow/graphql-types/admin';

/** Payment terms, quote validity, default tax rate, notes and terms of the workspace (null until loaded). */
export function useBillingDefaults() {
  const { data, loading } = useQuery(BillingDefaultsDocument, { context: { handledErrorCodes: ['*'] } });
  return { defaults: data?.billingSettings ?? null, loading: loading && !data };
}
