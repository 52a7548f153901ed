import { useQuery } from '@apollo/client/react';
import { Center } from '@mantine/core';
import { Navigate, Outlet, useLocation } from 'react-router';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { FullPageLoader } from '../../../shared/components/full-page-loader';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { TwoFactorSetupGate } from '../../two-factor/components/two-factor-setup-gate';
import { ViewerContext } from '../hooks/use-viewer';

/**
 * Gate for every staff route: waits for `me`, sends signed-out visitors to /sign-in with a way back, and holds a
 * viewer whose workspace requires two-factor at its setup.
 */
export function RequireSession() {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument, { context: { handledErrorCodes: ['*'] } });

  if (loading && !data) return <FullPageLoader label="Loading your workspace…" />;
  if (error && !data) {
    return (
      <Center mih="100vh">
        <ErrorState message={apiErrorInfo(error).message} onRetry={() => void refetch()} />
      </Center>
    );
  }
  if (!data?.me) {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  return (
    <ViewerContext.Provider value={data.me}>
      <TwoFactorSetupGate>
        <Outlet />
      </TwoFactorSetupGate>
    </ViewerContext.Provider>
  );
}
