import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Loader, Center, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { Link, Navigate, useNavigate } from 'react-router';
import { MeDocument, SignUpModeDocument } from '@clientflow/graphql-types/admin';
import { ErrorState } from '../../../shared/components/error-state';
import { apiErrorInfo } from '../../../shared/lib/graphql-errors';
import { AccountPageLayout } from '../components/account-page-layout';
import { SignUpForm } from '../components/sign-up-form';

export function SignUpRoute() {
  const navigate = useNavigate();
  const me = useQuery(MeDocument, { context: { handledErrorCodes: ['*'] } });
  const mode = useQuery(SignUpModeDocument, { context: { handledErrorCodes: ['*'] } });

  if (me.data?.me) return <Navigate to="/" replace />;

  const footer = (
    <Text size="sm">
      Already have an account?{' '}
      <Anchor component={Link} to="/sign-in">
        Sign in
      </Anchor>
    </Text>
  );

  let body;
  if (mode.loading) {
    body = (
      <Center py="md" role="status" aria-label="Loading">
        <Loader size="sm" />
      </Center>
    );
  } else if (mode.error) {
    body = <ErrorState message={apiErrorInfo(mode.error).message} onRetry={() => void mode.refetch()} />;
  } else if (mode.data?.signUpMode !== 'OPEN') {
    body = (
      <Alert color="gray" icon={<IconInfoCircle size={18} />} title="Sign-up is closed">
        {mode.data?.signUpMode === 'INVITE_ONLY'
          ? 'New people join this server by invitation. Ask your agency to invite you.'
          : 'This server does not accept new accounts. Ask your agency for access.'}
      </Alert>
    );
  } else {
    body = <SignUpForm onSignedUp={() => navigate('/', { replace: true })} />;
  }

  return (
    <AccountPageLayout title="Create your account" subtitle="Start managing your agency's clients" footer={footer}>
      {body}
    </AccountPageLayout>
  );
}
