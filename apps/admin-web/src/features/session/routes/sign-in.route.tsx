import { useQuery } from '@apollo/client/react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { MeDocument } from '@clientflow/graphql-types/admin';
import { safeRedirectPath } from '../../../shared/lib/safe-redirect';
import { AccountLinks } from '../../account/components/account-links';
import { AccountPageLayout } from '../../account/components/account-page-layout';
import { SignInForm } from '../components/sign-in-form';

export function SignInRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeRedirectPath(params.get('next'));
  const { data } = useQuery(MeDocument, { context: { handledErrorCodes: ['*'] } });

  if (data?.me) return <Navigate to={next} replace />;

  return (
    <AccountPageLayout title="Welcome back" subtitle="Sign in to manage your clients" footer={<AccountLinks />}>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </AccountPageLayout>
  );
}
