import type { ReactNode } from 'react';
import { Button, Center, EmptyState, Loader } from '@mantine/core';
import { IconFileUnknown } from '@tabler/icons-react';
import { Link } from 'react-router';
import { ErrorState } from '../../../../shared/components/error-state';
import { ForbiddenState } from '../../../../shared/components/forbidden-state';
import { apiErrorInfo, hasErrorCode } from '../../../../shared/lib/graphql-errors';
import type { BillingKind } from '../lib/document-form-values';

interface BillingDocumentLoaderProps<T> {
  kind: BillingKind;
  canView: boolean;
  loading: boolean;
  error?: unknown;
  refetch(): unknown;
  document: T | undefined;
  children(document: T): ReactNode;
}

/** The loading, forbidden, not-found and error states of an invoice or quote page. */
export function BillingDocumentLoader<T>({
  kind,
  canView,
  loading,
  error,
  refetch,
  document,
  children,
}: BillingDocumentLoaderProps<T>) {
  const [noun, base] = kind === 'INVOICE' ? ['invoice', '/invoices'] : ['quote', '/quotes'];
  if (!canView)
    return (
      <ForbiddenState
        message={`${noun === 'invoice' ? 'Invoices' : 'Quotes'} are visible to people who can see financial figures.`}
      />
    );
  // A malformed id is as missing as a deleted one.
  if (hasErrorCode(error, 'NOT_FOUND') || hasErrorCode(error, 'BAD_USER_INPUT')) {
    return (
      <EmptyState
        py={64}
        icon={<IconFileUnknown />}
        title={`This ${noun} does not exist`}
        description="It may have been deleted, or the link is wrong."
      >
        <EmptyState.Actions>
          <Button component={Link} to={base} variant="default">
            Back to {noun}s
          </Button>
        </EmptyState.Actions>
      </EmptyState>
    );
  }
  if (loading && !document) {
    return (
      <Center py={80} role="status" aria-label={`Loading ${noun}`}>
        <Loader />
      </Center>
    );
  }
  if (!document)
    return (
      <ErrorState
        title={`Could not load this ${noun}`}
        message={apiErrorInfo(error).message}
        onRetry={() => void refetch()}
      />
    );
  return <>{children(document)}</>;
}
